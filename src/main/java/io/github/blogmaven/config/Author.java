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

    /**
     * The record's usual text, written out: it goes into the digest of the settings every post is parsed under, and
     * the generated one costs a cold JVM (every {@code mvn} run) a method-handle bootstrap on that path.
     */
    @Override
    public String toString() {
        return "Author[key=" + key + ", name=" + name + ", bio=" + bio + ", avatar=" + avatar + ", web=" + web
                + ", email=" + email + ", twitter=" + twitter + "]";
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}
