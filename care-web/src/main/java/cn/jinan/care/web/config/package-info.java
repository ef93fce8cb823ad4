/**
 * Web MVC set-up: languages, argument resolvers, formatting.
 */
package cn.jinan.care.web.config;
