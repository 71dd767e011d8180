/* blog-maven-plugin: colours code blocks that name their language, with highlight.js. */
hljs.configure({ cssSelector: 'pre code[class*="language-"]', ignoreUnescapedHTML: true });
hljs.highlightAll();
