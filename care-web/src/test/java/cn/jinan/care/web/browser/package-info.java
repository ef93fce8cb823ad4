/** The secretary's and the officer's flows driven in a real headless Chromium against the running application. */
package cn.jinan.care.web.browser;
