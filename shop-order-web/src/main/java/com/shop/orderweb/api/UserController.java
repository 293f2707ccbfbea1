package com.shop.orderweb.api;

import com.shop.api.UserService;
import com.shop.common.web.security.AuthenticatedUser;
import com.shop.common.web.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "users")
@RestController
@RequestMapping("/api/users")
public class UserController {

    private final UserService users;

    public UserController(UserService users) {
        this.users = users;
    }

    @Operation(summary = "The caller's name, balance and points")
    @ApiResponse(responseCode = "200", description = "the caller's account")
    @ApiResponse(
            responseCode = "404",
            description = "USER_NOT_FOUND: the token names a user that no longer exists",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping("/me")
    public ProfileResponse me(@Parameter(hidden = true) @CurrentUser AuthenticatedUser caller) {
        return ProfileResponse.of(users.getUser(caller.userId()));
    }

    @Operation(summary = "The caller's latest balance movements, newest first")
    @ApiResponse(responseCode = "200", description = "what orders paid from the balance and what cancels gave back")
    @ApiResponse(
            responseCode = "400",
            description = "INVALID_REQUEST: limit outside 1..100",
            content = @Content(mediaType = ApiDocs.PROBLEM_JSON, schema = @Schema(ref = ApiDocs.PROBLEM)))
    @GetMapping("/me/money-log")
    public List<MoneyLogResponse> moneyLog(
            @Parameter(hidden = true) @CurrentUser AuthenticatedUser caller,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return users.listMoneyLog(caller.userId(), limit).stream()
                .map(MoneyLogResponse::of)
                .toList();
    }
}
