package dev.promptcanvas.annotations.model;

import java.util.List;

/**
 * Text that refers to zero or more regions of an image. Zero targets is a valid "no target" expression
 * (HumanRef's rejection domain).
 *
 * @param domain a tag such as attribute, position, interaction, reasoning, celebrity, rejection (or null)
 */
public record ReferringExpression(long id, long imageId, String text, List<Long> targetIds, String domain) {

    public ReferringExpression {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("referring expression: text is required");
        }
        targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
    }

    public boolean isNoTarget() {
        return targetIds.isEmpty();
    }

    public ReferringExpression withId(long newId) {
        return new ReferringExpression(newId, imageId, text, targetIds, domain);
    }
}
