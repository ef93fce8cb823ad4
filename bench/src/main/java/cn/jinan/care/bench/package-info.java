/**
 * The Jinan-scale tools of issue 8, outside the app: {@code generate} fills a database with the reference dataset,
 * {@code benchmark} measures the running app against it (see docs/performance.md). Not part of the test command.
 */
package cn.jinan.care.bench;
