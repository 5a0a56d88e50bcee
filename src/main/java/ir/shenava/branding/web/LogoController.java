package ir.shenava.branding.web;

import java.time.Duration;

import ir.shenava.branding.Branding;
import ir.shenava.branding.Logo;
import ir.shenava.platform.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The logo, for everyone (public pages, mails). Pages link it with its version ({@code ?v=3}), so an
 * address names one content: browsers and proxies may keep it a year. Without the current version
 * (an old mail, a hand-typed address) it is kept an hour and revalidated by its ETag.
 */
@RestController
class LogoController {

    private final Branding branding;

    LogoController(Branding branding) {
        this.branding = branding;
    }

    @Bean
    static PublicEndpoints brandingPublicEndpoints() {
        return PublicEndpoints.of("/brand/logo");
    }

    @GetMapping("/brand/logo")
    ResponseEntity<byte[]> logo(@RequestParam(name = "v", required = false) Integer version,
                                @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Logo logo = branding.logo().orElse(null);
        if (logo == null) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        CacheControl cache = version != null && version == logo.version()
                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
        if (logo.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(304).eTag(logo.etag()).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.mediaType())).eTag(logo.etag())
                .cacheControl(cache).body(logo.content());
    }
}
