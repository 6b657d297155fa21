package dev.plyometer.report.html;

/**
 * Escaping for text and double-quoted attribute values, so file names, athlete names and warnings with
 * {@code <}, {@code &}, quotes or any other character show as written and never become markup.
 */
public final class Html {
    private Html() {
    }

    /**
     * {@code &}, {@code <}, {@code >}, {@code "} and {@code '} as character references; control characters (which
     * HTML does not allow) as U+FFFD; everything else, non-ASCII letters included, unchanged (the page is UTF-8).
     * {@code null} becomes an en dash, as in the other reports.
     */
    public static String escape(String text) {
        if (text == null) {
            return "–";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> isControl(c) ? "\uFFFD" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }
}
