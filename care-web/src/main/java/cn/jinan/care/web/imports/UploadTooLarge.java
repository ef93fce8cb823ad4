package cn.jinan.care.web.imports;

import jakarta.servlet.http.HttpServletRequest;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file over the size limit is refused by the servlet container before any controller runs; this turns the refusal
 * into the upload page with the limit in words (413), rather than an error page. The upload forms carry their CSRF
 * token in the URL as well, because the container gives none of the form's fields with an oversized file
 * ({@code web.security.UploadCsrfTokenRequestHandler}).
 */
@ControllerAdvice
@RequiredArgsConstructor
class UploadTooLarge {

    private final ImportFlows flows;
    private final ImportLimits limits;

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(HttpServletRequest request, Model model) {
        return flows.uploadPage(model, flows.forRequestPath(request.getRequestURI()), false, "imports.file.too-large",
                limits.maxMegabytes());
    }
}
