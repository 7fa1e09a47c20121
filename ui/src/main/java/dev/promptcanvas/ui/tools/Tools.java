package dev.promptcanvas.ui.tools;

import java.util.EnumMap;
import java.util.Map;

/** Makes one instance of every tool for a context. */
public final class Tools {

    private Tools() {
    }

    public static Map<ToolId, Tool> create(ToolContext c) {
        Map<ToolId, Tool> tools = new EnumMap<>(ToolId.class);
        tools.put(ToolId.SELECT, new SelectTool(c));
        tools.put(ToolId.BOX, new BoxTool(c));
        tools.put(ToolId.POLYGON, new VertexTool(c, true));
        tools.put(ToolId.ELLIPSE, new EllipseTool(c));
        tools.put(ToolId.POINT, new ClickTool(c, ToolId.POINT));
        tools.put(ToolId.POLYLINE, new VertexTool(c, false));
        tools.put(ToolId.ARROW, new ArrowTool(c, false));
        tools.put(ToolId.BRUSH, new StrokeTool(c, ToolId.BRUSH));
        tools.put(ToolId.ERASER, new StrokeTool(c, ToolId.ERASER));
        tools.put(ToolId.PROMPT_POSITIVE, new ClickTool(c, ToolId.PROMPT_POSITIVE));
        tools.put(ToolId.PROMPT_NEGATIVE, new ClickTool(c, ToolId.PROMPT_NEGATIVE));
        tools.put(ToolId.PROMPT_BOX, new PromptBoxTool(c));
        tools.put(ToolId.SCRIBBLE_POSITIVE, new StrokeTool(c, ToolId.SCRIBBLE_POSITIVE));
        tools.put(ToolId.SCRIBBLE_NEGATIVE, new StrokeTool(c, ToolId.SCRIBBLE_NEGATIVE));
        tools.put(ToolId.PROMPT_ARROW, new ArrowTool(c, true));
        return tools;
    }
}
