package cn.jinan.care.web.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The static files, each under its own path: {@code /css/**} and {@code /js/**} with a content hash in their links
 * ({@code app-ae25….js}, so a new release is never hidden by a browser's cache) and {@code /webjars/**} with the
 * library's version filled in. Boot's catch-all {@code /**} mapping is off ({@code spring.web.resources.add-mappings})
 * because every link a page writes is offered to the resource chain of the mapping it matches: under {@code /**} each
 * {@code /members/123} on a page cost a look-up in the application's jar for a file that is not there (a page of
 * members spent most of its time so; measured by the benchmark, P1).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String dir : new String[] {"css", "js"}) {
            registry.addResourceHandler("/" + dir + "/**").addResourceLocations("classpath:/static/" + dir + "/")
                    .resourceChain(true).addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
