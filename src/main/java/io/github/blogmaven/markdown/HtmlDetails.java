package io.github.blogmaven.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * HTML details flexmark does not do as we need: table cell alignment as CSS (the {@code align} attribute is obsolete
 * in HTML5), and code blocks that keyboard users can scroll ({@code tabindex="0"} on {@code pre}).
 */
final class HtmlDetails implements AttributeProvider {

    static final IndependentAttributeProviderFactory FACTORY = new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new HtmlDetails();
        }
    };

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (part == AttributablePart.NODE || part == AttributablePart.LINK) {
            java.util.Map<Node, java.util.Map<String, String>> ial = KramdownExtras.ATTRIBUTES.get(node.getDocument());
            java.util.Map<String, String> own = ial == null ? null : ial.get(node);
            if (own != null) {
                own.forEach((k, v) -> {
                    if (k.equals("class")) {
                        attributes.addValue("class", v);
                    } else {
                        attributes.replaceValue(k, v);
                    }
                });
            }
        }
        if ((node instanceof com.vladsch.flexmark.ast.FencedCodeBlock
                || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock) && part == AttributablePart.NODE) {
            attributes.addValue("tabindex", "0");
        }
        if (node instanceof TableCell) {
            String align = attributes.getValue("align");
            if (!align.isEmpty()) {
                attributes.remove("align");
                attributes.addValue("style", "text-align: " + align);
            }
        }
    }
}
