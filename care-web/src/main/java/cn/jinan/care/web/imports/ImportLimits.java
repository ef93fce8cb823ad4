package cn.jinan.care.web.imports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How large an import may be: the file's size (the servlet container's multipart limit, checked again by the
 * controller) and the number of data rows ({@code care.imports.max-rows}).
 */
@Component
class ImportLimits {

    private final DataSize maxFileSize;
    private final int maxRows;

    ImportLimits(@Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize maxFileSize,
            @Value("${care.imports.max-rows:20000}") int maxRows) {
        this.maxFileSize = maxFileSize;
        this.maxRows = maxRows;
    }

    long maxBytes() {
        return maxFileSize.toBytes();
    }

    long maxMegabytes() {
        return maxFileSize.toMegabytes();
    }

    int maxRows() {
        return maxRows;
    }
}
