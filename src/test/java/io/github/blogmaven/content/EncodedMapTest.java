package io.github.blogmaven.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A cached post's front matter, looked up in its bytes or read whole, gives what the map written gave. */
class EncodedMapTest {

    private static Map<String, Object> frontMatter() {
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("path", "/img/a.png");
        nested.put("sizes", List.of(1, 2L, 3.5));
        Map<Object, Object> oddKeys = new LinkedHashMap<>();
        oddKeys.put(2024, "a number as a key");
        oddKeys.put(true, List.of());
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("title", "Ça “marche” \ud83d\ude00");
        fm.put("date", "2024-03-18 10:00:00 +0100");
        fm.put("tags", List.of("java", "maven"));
        fm.put("image", nested);
        fm.put("odd", oddKeys);
        fm.put("nothing", null);
        fm.put("big", new BigInteger("123456789012345678901234567890"));
        fm.put("exact", new BigDecimal("1.10"));
        fm.put("featured", true);
        fm.put("image_alt", "A lighthouse");
        fm.put("title2", "the key 'title' is a prefix of this one");
        return fm;
    }

    private static ByteReader encoded(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(7); // something before, as in a record
        PostCodec.value(out, value);
        out.writeInt(9); // and after
        ByteReader in = new ByteReader(bytes.toByteArray());
        assertThat(in.readInt()).isEqualTo(7);
        int from = in.position();
        PostCodec.skipValue(in);
        ByteReader region = in.since(from);
        assertThat(in.readInt()).as("skipping steps over exactly the value").isEqualTo(9);
        return region;
    }

    @Test
    void looksUpEachKeyInTheBytesAsTheMapWouldGiveIt() throws Exception {
        Map<String, Object> fm = frontMatter();
        PostCodec.EncodedMap lazy = new PostCodec.EncodedMap(encoded(fm));
        for (Map.Entry<String, Object> e : fm.entrySet()) {
            assertThat(lazy.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(lazy.containsKey(e.getKey())).as(e.getKey()).isTrue();
        }
        assertThat(lazy.get("titl")).isNull();
        assertThat(lazy.containsKey("title3")).isFalse();
        assertThat(lazy.get(2024)).as("only texts are keys a template asks for").isNull();
        // read whole, it is the map written, in its order
        assertThat(lazy).isEqualTo(fm);
        assertThat(lazy.keySet()).containsExactlyElementsOf(fm.keySet());
        assertThat(lazy.hashCode()).isEqualTo(fm.hashCode());
        assertThat(lazy.toString()).isEqualTo(fm.toString());
        assertThatThrownBy(() -> lazy.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> lazy.entrySet().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEmptyMapAndDamagedBytesAreToldApart() throws Exception {
        PostCodec.EncodedMap empty = new PostCodec.EncodedMap(encoded(Map.of()));
        assertThat(empty.get("title")).isNull();
        assertThat(empty).isEmpty();

        ByteReader whole = encoded(frontMatter());
        byte[] bytes = new byte[whole.remaining()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = whole.readByte();
        }
        PostCodec.EncodedMap cut = new PostCodec.EncodedMap(new ByteReader(Arrays.copyOf(bytes, bytes.length / 2)));
        assertThatThrownBy(() -> cut.get("image_alt")).isInstanceOf(BodyPack.Damaged.class);
        assertThatThrownBy(() -> new PostCodec.EncodedMap(new ByteReader(new byte[] {'L', 0, 0, 0, 0})).get("a"))
                .isInstanceOf(BodyPack.Damaged.class);
    }
}
