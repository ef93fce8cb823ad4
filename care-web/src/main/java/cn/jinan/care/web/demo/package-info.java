/**
 * Demo mode: a deterministic Jinan dataset and an account for every role, loaded once into an empty database.
 */
package cn.jinan.care.web.demo;
