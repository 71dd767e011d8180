package io.github.blogmaven.serve;

/** The page a browser shows while the blog does not build: the error, with its files and lines. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String render(String message) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>The blog does not build</title>\n<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;"
                + "color:#1d2129;background:#fff8f6}h1{color:#b42318;font-size:1.4rem}pre{white-space:pre-wrap;"
                + "background:#fff;border:1px solid #f4c7c0;border-radius:8px;padding:1rem;font-size:0.95rem}</style>\n"
                + "</head>\n<body>\n<h1>The blog does not build</h1>\n<p>Fix the problem below and save: this page "
                + "reloads by itself.</p>\n<pre>" + escape(message) + "</pre>\n</body>\n</html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
