/**
 * The data generator: the Jinan-scale dataset (DESIGN.md "Reference scale"), deterministic from a seed, bulk-loaded
 * with PostgreSQL COPY, then summarized by the database's own {@code compliance_build}.
 */
package cn.jinan.care.bench.generate;
