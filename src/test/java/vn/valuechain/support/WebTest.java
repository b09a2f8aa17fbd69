package vn.valuechain.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/** MockMvc through the real security configuration, signed in as real users of the test database. */
@AutoConfigureMockMvc
@Transactional
public abstract class WebTest extends IntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected UserDetailsService userDetailsService;

    @Autowired
    protected TestData data;

    protected RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }
}
