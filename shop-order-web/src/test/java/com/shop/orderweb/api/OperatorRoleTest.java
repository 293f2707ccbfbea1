package com.shop.orderweb.api;

import static com.shop.orderweb.support.ProblemMatchers.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.shop.orderweb.support.OrderWebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class OperatorRoleTest extends OrderWebTestBase {

    /** Under the back office's paths but mapped to nothing: whoever passes security is answered 404. */
    private static final String UNMAPPED_ADMIN_PATH = "/api/admin/nothing-here";

    @Test
    void theBackOfficeWantsATokenFirst() throws Exception {
        mvc.perform(get(UNMAPPED_ADMIN_PATH))
                .andExpect(problem(401, "UNAUTHENTICATED"))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, "Bearer"));
    }

    @Test
    void aShopperIsForbiddenTheBackOffice() throws Exception {
        mvc.perform(get(UNMAPPED_ADMIN_PATH).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(403, "FORBIDDEN"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("operator")));
    }

    @Test
    void anOperatorPassesSecurity() throws Exception {
        mvc.perform(get(UNMAPPED_ADMIN_PATH).header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(problem(404, "NOT_FOUND"));
    }

    @Test
    void loginAnswersTheRoleAndItsTokenCarriesIt() throws Exception {
        String body = mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"admin\",\"password\":\"" + OPERATOR_PASSWORD + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("OPERATOR"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(body, "$.token");

        mvc.perform(get(UNMAPPED_ADMIN_PATH).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(problem(404, "NOT_FOUND"));
    }

    @Test
    void aShoppersLoginAnswersTheShopperRoleAndItsTokenStaysOut() throws Exception {
        String body = mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"alice\",\"password\":\"" + ALICE_PASSWORD + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("SHOPPER"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = JsonPath.read(body, "$.token");

        mvc.perform(get(UNMAPPED_ADMIN_PATH).header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(problem(403, "FORBIDDEN"));
    }

    @Test
    void anOperatorIsStillAUserOfTheShopperApi() throws Exception {
        mvc.perform(get("/api/users/me").header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userName").value("admin"));
    }
}
