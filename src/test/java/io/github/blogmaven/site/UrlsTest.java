package io.github.blogmaven.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlsTest {

    @ParameterizedTest
    @CsvSource({
        "/2024/03/18/x/,  /2024/03/18/x/",
        "about,           /about",
        "//a//b/,         /a/b/",
        "'',              /",
        "/,               /"})
    void cleansPaths(String in, String out) {
        assertThat(Urls.clean(in)).contains(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../etc/", "/a/../../b", "..", "/a/./b", "/a\\b", "/a\u0000b"})
    void refusesPathsThatCouldLeaveTheOutputFolder(String path) {
        assertThat(Urls.clean(path)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "/,                 index.html",
        "/2024/x/,          2024/x/index.html",
        "/feed.xml,         feed.xml",
        "/about,            about.html",
        "/2024/03/x.html,   2024/03/x.html"})
    void mapsPathsToFiles(String path, String file) {
        assertThat(Urls.file(path)).isEqualTo(file);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/a b/|/a%20b/",
        "/ça/|/%C3%A7a/",
        "/100%/|/100%25/",
        "/q?#x|/q%3F%23x",
        "/rock-&-roll/|/rock-&-roll/"})
    void encodesAndDecodes(String path, String encoded) {
        assertThat(Urls.encode(path)).isEqualTo(encoded);
        assertThat(Urls.decode(encoded)).isEqualTo(path);
    }
}
