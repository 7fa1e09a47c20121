package dev.promptcanvas.inference.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;

/** A render's metadata as JSON: style, phrase(s), per-region marks, the label mapping, crop and patch grid. */
public final class RenderJson {

    private RenderJson() {
    }

    public static ObjectNode toJson(RenderResult result, ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        root.put("style", result.style().id());
        root.put("width", result.image().getWidth());
        root.put("height", result.image().getHeight());
        root.put("phrase", result.phrase());
        ArrayNode marks = root.putArray("marks");
        for (RenderedMark m : result.marks()) {
            ObjectNode n = marks.addObject();
            n.put("region", m.regionIndex());
            if (!m.label().isEmpty()) {
                n.put("label", m.label());
            }
            n.put("phrase", m.phrase());
            n.put("shape", m.shape());
            if (m.color() != null) {
                n.put("color", m.color().name());
                n.put("rgb", m.color().hex());
            }
            n.put("alpha", m.alpha());
            if (m.drawn() != null) {
                n.set("drawn", geometry(m.drawn(), mapper));
            }
            if (m.labelBox() != null) {
                n.set("labelBox", numbers(mapper, m.labelBox().x1(), m.labelBox().y1(), m.labelBox().x2(),
                        m.labelBox().y2()));
            }
        }
        if (!result.labelToRegion().isEmpty()) {
            ObjectNode mapping = root.putObject("mapping");
            result.labelToRegion().forEach(mapping::put);
        }
        if (result.crop() != null) {
            Box c = result.crop();
            root.set("crop", numbers(mapper, c.x1(), c.y1(), c.x2(), c.y2()));
        }
        if (result.patchGrid() != null) {
            root.set("patchGrid", result.patchGrid().toJson(mapper));
        }
        return root;
    }

    /** A geometry as {"kind": ..., coordinates}; masks as their COCO RLE. */
    public static ObjectNode geometry(Geometry g, ObjectMapper mapper) {
        ObjectNode n = mapper.createObjectNode();
        n.put("kind", g.kind());
        if (g instanceof Box b) {
            n.set("box", numbers(mapper, b.x1(), b.y1(), b.x2(), b.y2()));
        } else if (g instanceof Point p) {
            n.set("point", numbers(mapper, p.x(), p.y()));
        } else if (g instanceof Arrow a) {
            n.set("tail", numbers(mapper, a.tail().x(), a.tail().y()));
            n.set("head", numbers(mapper, a.head().x(), a.head().y()));
        } else if (g instanceof Ellipse e) {
            n.set("ellipse", numbers(mapper, e.cx(), e.cy(), e.rx(), e.ry(), e.angleDegrees()));
        } else if (g instanceof Polyline l) {
            n.set("polyline", numbers(mapper, l.coordinates()));
        } else if (g instanceof Polygon p) {
            ArrayNode rings = n.putArray("polygon");
            for (Ring r : p.allRings()) {
                rings.add(numbers(mapper, r.coordinates()));
            }
        } else if (g instanceof Mask m) {
            ObjectNode rle = n.putObject("mask");
            rle.putArray("size").add(m.height()).add(m.width());
            rle.put("counts", m.rle().toCompressedString());
        }
        return n;
    }

    private static ArrayNode numbers(ObjectMapper mapper, double... values) {
        ArrayNode a = mapper.createArrayNode();
        for (double v : values) {
            double r = Math.round(v * 1000) / 1000.0;
            if (r == Math.rint(r) && Math.abs(r) < 1e15) {
                a.add((long) r);
            } else {
                a.add(r);
            }
        }
        return a;
    }
}
