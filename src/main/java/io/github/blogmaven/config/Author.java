package io.github.blogmaven.config;

/**
 * A person who writes for the blog, as the author registry knows them. Every field but key and name may be empty.
 */
public record Author(String key, String name, String bio, String avatar, String web, String email, String twitter) {

    public Author {
        key = key == null ? "" : key;
        name = name == null || name.isBlank() ? key : name;
        bio = nz(bio);
        avatar = nz(avatar);
        web = nz(web);
        email = nz(email);
        twitter = nz(twitter);
    }

    /** An author known only by a name, as in {@code author: Jane Doe}. */
    public static Author named(String key, String name) {
        return new Author(key, name, "", "", "", "", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}
