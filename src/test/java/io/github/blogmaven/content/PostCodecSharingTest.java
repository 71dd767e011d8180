package io.github.blogmaven.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.blogmaven.config.Author;
import org.junit.jupiter.api.Test;

/** Values many cached posts repeat are decoded into one shared instance, equal to what was written. */
class PostCodecSharingTest {

    @Test
    void equalValuesBecomeOneInstanceAndStayEqual() {
        Author first = PostCodec.shared(new Author("ann", "Ann Example", "Writes about wards.", "", "", "", ""));
        Author second = PostCodec.shared(new Author("ann", "Ann Example", "Writes about wards.", "", "", "", ""));
        Author other = PostCodec.shared(new Author("bob", "Bob", "", "", "", "", ""));
        assertThat(second).isSameAs(first);
        assertThat(other).isNotSameAs(first).isNotEqualTo(first);

        String tag = PostCodec.shared(new String("tag-08".toCharArray()));
        assertThat(PostCodec.shared(new String("tag-08".toCharArray()))).isSameAs(tag).isEqualTo("tag-08");
    }
}
