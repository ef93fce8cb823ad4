/**
 * The benchmark harness: starts the app on a generated database, drives it with a Java HTTP client load generator
 * (form login, CSRF, one session per user), measures each figure against a baseline of the same run, and writes
 * docs/performance.md.
 */
package cn.jinan.care.bench.load;
