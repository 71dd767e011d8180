package io.github.blogmaven.markdown;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;

/** Table cell alignment as CSS: the {@code align} attribute is obsolete in HTML5 and fails validation. */
final class AlignAsStyle implements AttributeProvider {

    static final IndependentAttributeProviderFactory FACTORY = new IndependentAttributeProviderFactory() {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            return new AlignAsStyle();
        }
    };

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell) {
            String align = attributes.getValue("align");
            if (!align.isEmpty()) {
                attributes.remove("align");
                attributes.addValue("style", "text-align: " + align);
            }
        }
    }
}
