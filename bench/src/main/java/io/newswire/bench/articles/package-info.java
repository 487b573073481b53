/**
 * Realistic article files for benchmarks, generated from templates in five languages: {@link
 * io.newswire.bench.articles.ArticleGenerator}, and {@link io.newswire.bench.articles.GenerateArticles} to write them
 * to a folder.
 */
package io.newswire.bench.articles;
