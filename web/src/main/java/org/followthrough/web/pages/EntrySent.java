package org.followthrough.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.followthrough.site.forms.RecordForms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;
import java.util.Map;

/**
 * One record form as sent: the form the address names (its last word, the {@code {entry}} variable), bound and
 * validated exactly as {@code @Valid} binds a form parameter (the request's fields, then the address's variables), and
 * the page that shows it again. {@code form} is null when a field could not even be read; the binding says which.
 */
record EntrySent(String view, RecordForms.@Nullable EntryForm form, BindingResult binding) {

    /** The address's last word → the page and the form type behind it. */
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("scheduled-interviews", new Kind("record/scheduled-interview", RecordForms.ScheduledInterviewForm.class)),
            Map.entry("reschedule", new Kind("record/reschedule", RecordForms.RescheduleForm.class)),
            Map.entry("cancel", new Kind("record/cancel", RecordForms.CancelForm.class)),
            Map.entry("decision-changes", new Kind("record/decision-change", RecordForms.DecisionChangeForm.class)),
            Map.entry("connections", new Kind("record/connection", RecordForms.ConnectionForm.class)),
            Map.entry("interviews", new Kind("record/interview", RecordForms.InterviewForm.class)),
            Map.entry("notes", new Kind("record/notes", RecordForms.NotesForm.class)),
            Map.entry("thank-yous", new Kind("record/thank-you", RecordForms.ThankYouForm.class)),
            Map.entry("follow-ups", new Kind("record/follow-up", RecordForms.FollowUpForm.class)),
            Map.entry("replies", new Kind("record/reply", RecordForms.ReplyForm.class)),
            Map.entry("competing-offers", new Kind("record/offer", RecordForms.OfferForm.class)),
            Map.entry("close", new Kind("record/close", RecordForms.CloseForm.class)));

    /** The words {@code {entry}} may take in a mapping; each one has its form. */
    static final String ENTRIES = "scheduled-interviews|decision-changes|connections|interviews|notes|thank-yous"
            + "|follow-ups|replies|competing-offers|close";
    static final String SCHEDULED_CHANGES = "reschedule|cancel";

    private record Kind(String view, Class<? extends RecordForms.EntryForm> type) {
    }

    /** Resolves an {@link EntrySent} handler parameter. */
    private static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == EntrySent.class;
        }

        @Override
        public EntrySent resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
                                         NativeWebRequest webRequest, @Nullable WebDataBinderFactory binders)
                throws Exception {
            HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
            @SuppressWarnings("unchecked")
            Map<String, String> variables = (Map<String, String>) request.getAttribute(
                    HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
            Kind kind = KINDS.get(variables.get("entry"));
            String name = StringUtils.uncapitalize(kind.type().getSimpleName());
            ServletRequestDataBinder binder = (ServletRequestDataBinder) binders.createBinder(webRequest, null, name,
                    ResolvableType.forClass(kind.type()));
            binder.construct(request);
            if (!binder.getBindingResult().hasErrors()) {
                binder.bind(request);
                binder.validate();
            }
            BindingResult binding = binder.getBindingResult();
            if (container != null) {
                container.addAllAttributes(binding.getModel());
            }
            return new EntrySent(kind.view(), kind.type().cast(binder.getTarget()), binding);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration implements WebMvcConfigurer {

        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
            resolvers.add(new Resolver());
        }
    }
}
