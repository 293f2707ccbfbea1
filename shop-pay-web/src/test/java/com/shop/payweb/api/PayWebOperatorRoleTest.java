package com.shop.payweb.api;

import static com.shop.payweb.support.ProblemMatchers.problem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.shop.payweb.support.PayWebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/** The back office's paths are the operator's on this edge too, with the same problem bodies. */
class PayWebOperatorRoleTest extends PayWebTestBase {

    /** Mapped to nothing on this edge: whoever passes security is answered 404. */
    private static final String UNMAPPED_ADMIN_PATH = "/api/admin/nothing-here";

    @Test
    void withoutATokenTheBackOfficeIsUnauthenticated() throws Exception {
        mvc.perform(get(UNMAPPED_ADMIN_PATH)).andExpect(problem(401, "UNAUTHENTICATED"));
    }

    @Test
    void aShopperIsForbiddenTheBackOffice() throws Exception {
        mvc.perform(get(UNMAPPED_ADMIN_PATH).header(HttpHeaders.AUTHORIZATION, bearer(ALICE)))
                .andExpect(problem(403, "FORBIDDEN"));
    }

    @Test
    void anOperatorPassesSecurity() throws Exception {
        mvc.perform(get(UNMAPPED_ADMIN_PATH).header(HttpHeaders.AUTHORIZATION, operatorBearer()))
                .andExpect(problem(404, "NOT_FOUND"));
    }
}
