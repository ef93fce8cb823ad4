/**
 * The embedded real PostgreSQL (zonky) that starts inside the app, or a test JVM, when no {@code spring.datasource.url}
 * is configured.
 */
package cn.jinan.care.persistence.embedded;
