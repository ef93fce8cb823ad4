/**
 * The model of the party care product and its policy engine: plain Java with JPA and Bean Validation annotations only.
 */
package cn.jinan.care.domain;
