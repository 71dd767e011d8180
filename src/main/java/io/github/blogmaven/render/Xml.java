package io.github.blogmaven.render;

/** Escaping for XML text and attributes; drops characters that XML 1.0 does not allow at all. */
public final class Xml {

    private Xml() {
    }

    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    /** A CDATA section that survives {@code ]]>} inside the text. */
    public static String cdata(String s) {
        return "<![CDATA[" + clean(s).replace("]]>", "]]]]><![CDATA[>") + "]]>";
    }

    private static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x20 || c == '\n' || c == '\t' || c == '\r') && c != 0xFFFE && c != 0xFFFF) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
