package dev.promptcanvas.annotations.model;

/** Whether a person has looked at a piece of data: model suggestions stay SUGGESTED until accepted or rejected. */
public enum Review {
    ACCEPTED,
    SUGGESTED,
    REJECTED
}
