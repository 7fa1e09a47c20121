package dev.promptcanvas.inference.models;

/** A model file, folder, manifest or download that cannot be used; the message names the file and the field. */
public class ModelException extends RuntimeException {

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
