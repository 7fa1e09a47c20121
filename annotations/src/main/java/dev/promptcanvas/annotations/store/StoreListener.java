package dev.promptcanvas.annotations.store;

/** Told after each commit, undo and redo, on the thread that made it (UIs hop to their own thread). */
@FunctionalInterface
public interface StoreListener {

    void changed(StoreChange change);
}
