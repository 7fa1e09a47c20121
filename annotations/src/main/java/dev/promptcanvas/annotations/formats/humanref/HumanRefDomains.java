package dev.promptcanvas.annotations.formats.humanref;

/**
 * HumanRef's {@code domain} + {@code sub_domain} ↔ one expression domain tag. The tag is {@code domain/sub_domain}
 * when the sub-domain says more than the domain, else just the domain; a tag without a slash is written with
 * sub_domain = domain. An expression without a tag is written as "rejection" when it has no target, else with
 * empty strings.
 */
final class HumanRefDomains {

    static final String REJECTION = "rejection";

    private HumanRefDomains() {
    }

    /** The expression's tag for a record's domain and sub-domain (null when both are absent or empty). */
    static String join(String domain, String subDomain) {
        boolean hasDomain = domain != null && !domain.isBlank();
        boolean hasSub = subDomain != null && !subDomain.isBlank();
        if (!hasDomain) {
            return hasSub ? "/" + subDomain : null;
        }
        return !hasSub || subDomain.equals(domain) ? domain : domain + "/" + subDomain;
    }

    /** {domain, sub_domain} for a tag. */
    static String[] split(String tag, boolean noTarget) {
        if (tag == null || tag.isBlank()) {
            return noTarget ? new String[] {REJECTION, REJECTION} : new String[] {"", ""};
        }
        int slash = tag.indexOf('/');
        return slash < 0 ? new String[] {tag, tag} : new String[] {tag.substring(0, slash), tag.substring(slash + 1)};
    }
}
