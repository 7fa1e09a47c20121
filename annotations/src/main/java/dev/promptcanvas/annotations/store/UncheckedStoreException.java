package dev.promptcanvas.annotations.store;

/** A read that failed (damaged file, I/O error); reads do not declare checked exceptions, so they throw this. */
public final class UncheckedStoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UncheckedStoreException(StoreException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized StoreException getCause() {
        return (StoreException) super.getCause();
    }
}
