/**
 * The web application: security, controllers by feature, templates, messages, demo data.
 */
package cn.jinan.care.web;
