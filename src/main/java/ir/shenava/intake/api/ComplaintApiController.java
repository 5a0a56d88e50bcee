package ir.shenava.intake.api;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import ir.shenava.intake.Channel;
import ir.shenava.intake.TrackingCode;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.CategorySnapshot;
import ir.shenava.intake.internal.ComplaintIntake;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.intake.internal.Submission;
import ir.shenava.intake.web.TrackingCodeGuard;
import ir.shenava.platform.RateCounters;
import ir.shenava.staff.StaffDirectory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The company's own website sends the complaints its form collected here, and shows their status.
 * The rules are those of the public form ({@code /complaint}); the bot defences of that form (honeypot,
 * proof of work, limit per address) are replaced by the API key. A tracking code alone never opens a
 * complaint: the last four digits of the phone, or the email, must match too.
 */
@RestController
@RequestMapping(path = "/api/v1/complaints", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Complaints", description = "Complaints sent by the company's website, and their tracking")
@SecurityRequirement(name = "apiKey")
@SecurityRequirement(name = "bearer")
class ComplaintApiController {

    static final String WRITE = "hasAuthority('SCOPE_COMPLAINTS_WRITE')";
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";

    private static final String EXAMPLE = """
            {"channel": "WEB_FORM", "contactName": "مریم کاظمی", "organisation": "بیمارستان میلاد",
             "phone": "۰۹۱۲ ۳۳۳ ۴۴۵۵", "email": "m.kazemi@example.ir", "category": "SALES", "satisfaction": 2,
             "subject": "تأخیر در تحویل", "description": "دستگاه دو ماه دیرتر از قرارداد رسید.",
             "remedySought": "جبران خسارت", "idempotencyKey": "web-7f3c2a9e-1b44"}""";
    private static final String CREATED = """
            {"trackingCode": "K7M3Q-X9TAP", "status": "RECEIVED", "receivedAt": "2026-11-25T08:15:30Z",
             "receivedAtJalali": "1405/09/04"}""";
    private static final String INVALID = """
            {"type": "about:blank", "title": "درخواست نامعتبر", "status": 400,
             "detail": "اطلاعات ارسال‌شده معتبر نیست.", "instance": "/api/v1/complaints",
             "errors": [{"field": "satisfaction", "message": "سطح رضایت باید عددی از ۱ تا ۵ باشد."}]}""";

    private final ComplaintIntake intake;
    private final ComplaintRepository complaints;
    private final ComplaintApiValidation validation;
    private final MessageSource messages;
    private final WrongGuesses wrongGuesses;
    private final TrackingCodeGuard codes;

    ComplaintApiController(ComplaintIntake intake, ComplaintRepository complaints, CategorySnapshot categories,
                           StaffDirectory staff, MessageSource messages, TrackingCodeGuard codes, RateCounters counters) {
        this.codes = codes;
        this.intake = intake;
        this.complaints = complaints;
        this.validation = new ComplaintApiValidation(categories, staff);
        this.messages = messages;
        this.wrongGuesses = new WrongGuesses(counters, 20, Duration.ofMinutes(15));
    }

    // no "consumes": a body of another type then reaches this controller and its 415 is a problem detail too
    @PostMapping
    @PreAuthorize(WRITE)
    @Operation(summary = "Register a complaint",
            description = "Registers a complaint from the company's website with the rules of the public form: "
                    + "contactName, subject and description are required, and a phone (any digits) or an email; "
                    + "category must be an active category code; satisfaction 1–5. channel is WEB_FORM (default) "
                    + "or CEO_PAGE (confidential, to the CEO). concernedStaffName (optional, up to 150 characters) names "
                    + "the staff member the complaint is about: when it fits exactly one active staff member, a "
                    + "STAFF_BEHAVIOUR complaint on WEB_FORM goes to the head of that person's department (CEO_PAGE stays "
                    + "with the CEO); a name that fits nobody or several people is no error, the complaint is then "
                    + "routed as without it. Attachments are not accepted by this JSON API: "
                    + "files go through the web form. idempotencyKey (or the Idempotency-Key header) makes a "
                    + "retry safe: the same key again answers 200 with the complaint made the first time. "
                    + "Needs the scope COMPLAINTS_WRITE. Errors are RFC 9457 problem details with Persian messages "
                    + "(English with Accept-Language: en).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ComplaintApiRequest.class),
                    examples = @ExampleObject(name = "web form", value = EXAMPLE))),
            responses = {
                @ApiResponse(responseCode = "201", description = "Registered; Location names the complaint",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                schema = @Schema(implementation = ComplaintCreatedResponse.class),
                                examples = @ExampleObject(value = CREATED))),
                @ApiResponse(responseCode = "200", description = "A complaint with this idempotency key exists already",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                schema = @Schema(implementation = ComplaintCreatedResponse.class))),
                @ApiResponse(responseCode = "400", description = "Invalid fields (problem detail with errors[]) or an unreadable body",
                        content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                examples = @ExampleObject(value = INVALID))),
                @ApiResponse(responseCode = "401", description = "No key, unknown or revoked key"),
                @ApiResponse(responseCode = "403", description = "The key lacks the scope COMPLAINTS_WRITE"),
                @ApiResponse(responseCode = "415", description = "The body is not application/json")})
    ResponseEntity<ComplaintCreatedResponse> create(
            @RequestBody ComplaintApiRequest body,
            @Parameter(description = "Alternative to idempotencyKey in the body")
            @RequestHeader(name = IDEMPOTENCY_HEADER, required = false) String idempotencyHeader,
            Authentication caller) {
        List<InvalidComplaintException.FieldProblem> problems = new ArrayList<>();
        String submissionKey = ComplaintApiValidation.submissionKey(body.idempotencyKey(), idempotencyHeader, caller, problems);
        if (submissionKey != null && problems.isEmpty()) {
            Optional<Complaint> earlier = complaints.findBySubmissionKey(submissionKey);
            if (earlier.isPresent()) {
                return ResponseEntity.ok(ComplaintApiResponses.created(earlier.get()));
            }
        }
        Channel channel = ComplaintApiValidation.channel(body.channel(), problems);
        Submission submission = validation.check(body, submissionKey, problems);
        if (!problems.isEmpty()) {
            throw new InvalidComplaintException(problems);
        }
        Complaint complaint = intake.register(channel, submission, List.of());
        if (!complaint.isRegisteredNow()) {
            // the same key arrived twice at once: the other request made the complaint, this one replays it
            return ResponseEntity.ok(ComplaintApiResponses.created(complaint));
        }
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + complaint.getTrackingCode().display()))
                .body(ComplaintApiResponses.created(complaint));
    }

    @GetMapping("/{trackingCode}")
    @PreAuthorize(WRITE)
    @Operation(summary = "Track a complaint",
            description = "The status of a complaint, given its tracking code (with or without the dash, any "
                    + "case and digits) and a verifier: the last four digits of the phone given, or the email "
                    + "given. A wrong code and a wrong verifier answer the same 404. Wrong guesses are limited "
                    + "per API key (20 in 15 minutes; then 429) and per tracking code, from anywhere (10 wrong in an "
                    + "hour lock the code for an hour; 429). CEO-page complaints are looked up the same way.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The complaint's status",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                schema = @Schema(implementation = ComplaintStatusResponse.class),
                                examples = @ExampleObject(value = """
                                        {"trackingCode": "K7M3Q-X9TAP", "status": "UNDER_INVESTIGATION",
                                         "statusText": "در حال رسیدگی", "receivedAt": "2026-11-25T08:15:30Z",
                                         "receivedAtJalali": "1405/09/04", "subject": "تأخیر در تحویل"}"""))),
                @ApiResponse(responseCode = "404", description = "No complaint with this code and verifier"),
                @ApiResponse(responseCode = "429", description = "Too many wrong guesses from this key, or for this code; try later"),
                @ApiResponse(responseCode = "401", description = "No key, unknown or revoked key"),
                @ApiResponse(responseCode = "403", description = "The key lacks the scope COMPLAINTS_WRITE")})
    ComplaintStatusResponse track(
            @Parameter(description = "Tracking code", example = "K7M3Q-X9TAP") @PathVariable String trackingCode,
            @Parameter(description = "Last four digits of the phone, or the email", example = "4455")
            @RequestParam(defaultValue = "") String verifier,
            Authentication caller, HttpServletRequest request) {
        String client = caller.getName();
        if (wrongGuesses.blocked(client)) {
            throw new ComplaintApiErrors.TooManyGuessesException();
        }
        Optional<TrackingCode> parsed = TrackingCode.parse(trackingCode);
        if (parsed.isPresent() && !codes.attempt(parsed.get(), request.getRemoteAddr())) {   // locked for this address, or for everybody
            throw new ComplaintApiErrors.CodeLockedException();
        }
        Optional<Complaint> found = parsed.flatMap(c -> complaints.findByTrackingCode(c.value()))
                .filter(c -> c.verifiedBy(verifier));
        if (found.isEmpty()) {
            wrongGuesses.record(client);
            throw new ComplaintApiErrors.ComplaintNotFoundException();
        }
        codes.answeredRight(parsed.get(), request.getRemoteAddr());
        return ComplaintApiResponses.status(found.get(), messages, ComplaintApiErrors.locale(request));
    }
}
