package dev.promptcanvas.annotations.mask;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows the boundaries between foreground and background pixels along pixel edges, producing simple closed
 * loops of corner vertices (integer coordinates: pixel (x, y) spans [x, x+1] × [y, y+1]).
 *
 * <p>Every loop is walked with the foreground on its right-hand side (screen view, y down), so a loop around
 * foreground runs clockwise on screen (positive {@code Ring.signedArea}) and a loop around a hole runs
 * counter-clockwise. Where two foreground pixels touch only at a corner, the walk turns right, around the
 * foreground pixel it is following, so pixels joined only by a corner land on different loops; a walk that still
 * passes the same corner twice (a region closing on itself at a corner) is cut there into separate simple loops
 * that touch at that corner. The loops are then exactly the boundaries of the 4-connected foreground regions and
 * of the 4-connected background regions, all simple, touching one another at most at corners.
 */
final class BoundaryTracer {

    private static final int EAST = 0;
    private static final int SOUTH = 1;
    private static final int WEST = 2;
    private static final int NORTH = 3;
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private final byte[] pixels;
    private final int height;
    private final int width;
    private final boolean[] visitedVertical;

    private BoundaryTracer(byte[] columnMajor, int height, int width) {
        this.pixels = columnMajor;
        this.height = height;
        this.width = width;
        this.visitedVertical = new boolean[(width + 1) * height];
    }

    /** All boundary loops of a column-major mask, each as flat [x1, y1, x2, y2, ...] corner coordinates. */
    static List<int[]> loops(byte[] columnMajor, int height, int width) {
        return new BoundaryTracer(columnMajor, height, width).traceAll();
    }

    private List<int[]> traceAll() {
        List<int[]> loops = new ArrayList<>();
        for (int vx = 0; vx <= width; vx++) {
            for (int vy = 0; vy < height; vy++) {
                boolean west = fg(vx - 1, vy);
                boolean east = fg(vx, vy);
                if (west != east && !visitedVertical[vx * height + vy]) {
                    if (west) {
                        trace(vx, vy, SOUTH, loops);
                    } else {
                        trace(vx, vy + 1, NORTH, loops);
                    }
                }
            }
        }
        return loops;
    }

    private boolean fg(int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && pixels[x * height + y] != 0;
    }

    /** Whether the edge leaving vertex (vx, vy) in direction dir has foreground on its right and background left. */
    private boolean leaves(int vx, int vy, int dir) {
        switch (dir) {
            case EAST:
                return fg(vx, vy) && !fg(vx, vy - 1);
            case SOUTH:
                return fg(vx - 1, vy) && !fg(vx, vy);
            case WEST:
                return fg(vx - 1, vy - 1) && !fg(vx - 1, vy);
            default:
                return fg(vx, vy - 1) && !fg(vx - 1, vy - 1);
        }
    }

    private void trace(int startX, int startY, int startDir, List<int[]> loops) {
        IntList corners = new IntList();
        boolean sawSaddle = false;
        int vx = startX;
        int vy = startY;
        int dir = startDir;
        while (true) {
            if (dir == SOUTH) {
                visitedVertical[vx * height + vy] = true;
            } else if (dir == NORTH) {
                visitedVertical[vx * height + vy - 1] = true;
            }
            vx += DX[dir];
            vy += DY[dir];
            int left = (dir + 3) & 3;
            int right = (dir + 1) & 3;
            int next;
            if (leaves(vx, vy, right)) {
                next = right;
                sawSaddle |= leaves(vx, vy, left);
            } else if (leaves(vx, vy, dir)) {
                next = dir;
            } else {
                next = left;
            }
            if (next != dir) {
                corners.add(vx, vy);
            }
            dir = next;
            if (vx == startX && vy == startY && dir == startDir) {
                break;
            }
        }
        if (sawSaddle) {
            splitAtRepeatedCorners(corners.toArray(), loops);
        } else {
            loops.add(corners.toArray());
        }
    }

    /** Cuts a walk that passes a corner more than once into simple loops. */
    private void splitAtRepeatedCorners(int[] walk, List<int[]> loops) {
        IntList stack = new IntList();
        Map<Long, Integer> seenAt = new HashMap<>();
        for (int i = 0; i < walk.length; i += 2) {
            long key = (long) walk[i] * (height + 1) + walk[i + 1];
            Integer at = seenAt.get(key);
            if (at == null) {
                seenAt.put(key, stack.size());
                stack.add(walk[i], walk[i + 1]);
                continue;
            }
            int[] loop = stack.slice(at, stack.size());
            loops.add(loop);
            for (int j = 2; j < loop.length; j += 2) {
                seenAt.remove((long) loop[j] * (height + 1) + loop[j + 1]);
            }
            stack.truncate(at + 2);
        }
        loops.add(stack.toArray());
    }

    /** A growable int array holding (x, y) pairs. */
    private static final class IntList {
        private int[] data = new int[32];
        private int size;

        void add(int x, int y) {
            if (size + 2 > data.length) {
                data = java.util.Arrays.copyOf(data, data.length * 2);
            }
            data[size++] = x;
            data[size++] = y;
        }

        int size() {
            return size;
        }

        int[] slice(int from, int to) {
            return java.util.Arrays.copyOfRange(data, from, to);
        }

        void truncate(int newSize) {
            size = newSize;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
