/**
 * Backup and restore of the application's data as a consistent logical copy of every table (PostgreSQL COPY), checked
 * by row counts and checksums, for installations without a {@code pg_dump} that matches the server.
 */
package cn.jinan.care.persistence.backup;
