package vn.valuechain.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.valuechain.shared.history.HistoryEntry;
import vn.valuechain.shared.history.HistoryService;
import vn.valuechain.shared.history.StaleEditView;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.TableExport;

/**
 * The steps a registry's pages share (chains, cooperatives, enterprises, contracts, certifications): its list's
 * export, a record's history, create, edit (with someone else's save shown on a 409), delete (refused with the reason
 * on a 409 when other records refer to it), the "saved"/"deleted" message on the page it goes to, and the record's
 * attached files ({@link AttachmentPages}, owned by the registry's name: "contract"; a record out of the user's reach
 * is a 404, and so are its files). Each controller
 * keeps its own URLs and handler methods and calls these through its {@link Registry}, which also names its templates
 * ({@code <name>/list}, {@code view}, {@code form}) and messages ({@code <name>.saved}, {@code <name>.deleted}). The
 * attachments' URLs, the same for every registry, are {@link RegistryAttachmentsController}'s, which finds the
 * registry by its path ({@link #at(String)}).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RecordPages {

    private final HistoryService history;
    private final StaleEditView staleEdit;
    private final Exports exports;
    private final AttachmentPages attachmentPages;

    /** The registries by path, as their controllers made them (all of them, once the application has started). */
    private final Map<String, Registry> byPath = new ConcurrentHashMap<>();

    /**
     * The pages of a registry named {@code name}, at {@code path}, keeping records of {@code type}, whose service says
     * through {@code reach} whether a user may see a record.
     */
    public Registry of(String name, String path, Class<?> type, Reach reach) {
        Registry registry = new Registry(name, path, type, reach);
        byPath.put(path, registry);
        return registry;
    }

    /** The registry at {@code path} ("/contracts"); a URL naming one whose controller made none is a mistake here. */
    Registry at(String path) {
        Registry registry = byPath.get(path);
        if (registry == null) {
            throw new IllegalStateException("No registry at " + path);
        }
        return registry;
    }

    /** The registry service's check that a user may see a record: not found (404) otherwise. */
    @FunctionalInterface
    public interface Reach {
        void check(long id, UnitScopedUser user);
    }

    public final class Registry {

        private final String name;
        private final String path;
        private final Class<?> type;
        private final Reach reach;
        private final AttachmentPages.Attached attachments;

        private Registry(String name, String path, Class<?> type, Reach reach) {
            this.name = name;
            this.path = path;
            this.type = type;
            this.reach = reach;
            this.attachments = attachmentPages.of(name, path);
        }

        public String list() {
            return name + "/list";
        }

        public String view() {
            return name + "/view";
        }

        public String form() {
            return name + "/form";
        }

        /** The list page showing {@code page}, one page of the registry's rows. */
        public String list(Model model, Page<?> page) {
            model.addAttribute("page", page);
            return list();
        }

        /** The form page, filled with {@code form} (the template reads it as {@code <name>Form}). */
        public String form(Model model, RecordForm form) {
            model.addAttribute(name + "Form", form);
            return form();
        }

        /**
         * The form's {@code unitId}: one the user may register records in ({@code allowed}; a local official only in
         * their own units, others may leave it empty), then one of today's map unless the record had it already
         * ({@code current}, asked only when allowed).
         */
        public void checkUnit(BindingResult result, boolean allowed, BooleanSupplier current, UnitScopedUser user) {
            if (!allowed) {
                result.rejectValue(
                        "unitId", user.isDistrictUser() ? "validation.unit.outsideYours" : "validation.required");
            } else if (!current.getAsBoolean()) {
                result.rejectValue("unitId", "validation.unit.notCurrent");
            }
        }

        /** What every record page shows below its own cards: its files and "Lịch sử thay đổi", newest first. */
        public void show(long id, Model model) {
            show(id, history.history(type, id), model);
        }

        /** As {@link #show(long, Model)}, with a history the registry reads itself (a contract's, with deliveries). */
        public void show(long id, List<HistoryEntry> ownHistory, Model model) {
            attachments.show(id, ownHistory, model);
        }

        /** Adds a file to a record the user may see; back to its files, saying it was added or why it was not. */
        public String attach(long id, MultipartFile file, UnitScopedUser user, RedirectAttributes redirect) {
            reach.check(id, user);
            return attachments.add(id, file, redirect);
        }

        /** Sends one of the files of a record the user may see. */
        public void download(long id, long fileId, UnitScopedUser user, HttpServletResponse response)
                throws IOException {
            reach.check(id, user);
            attachments.download(id, fileId, response);
        }

        /** Removes a file from a record the user may see, and goes back to its files. */
        public String detach(long id, long fileId, UnitScopedUser user, RedirectAttributes redirect) {
            reach.check(id, user);
            return attachments.remove(id, fileId, redirect);
        }

        /** The list as filtered and sorted on screen, every page, as {@code ?format=xlsx} or {@code csv}. */
        public void export(TableExport table, String format, HttpServletRequest request, HttpServletResponse response) {
            exports.send(table, format, request, response);
        }

        /** The form again while it has errors; else the record is created and its page says it was saved. */
        public String create(BindingResult result, RedirectAttributes redirect, LongSupplier create) {
            if (result.hasErrors()) {
                return form();
            }
            return toRecord(create.getAsLong(), "saved", redirect);
        }

        /** As {@link #update(RecordForm, BindingResult, Runnable, Runnable, Model, HttpServletResponse,
         * RedirectAttributes)}, for a form that needs no preparing after a refused save. */
        public String update(
                RecordForm form,
                BindingResult result,
                Runnable update,
                Model model,
                HttpServletResponse response,
                RedirectAttributes redirect) {
            return update(form, result, update, () -> {}, model, response, redirect);
        }

        /**
         * The form again while it has errors; else the record is saved and its page says so. When someone else saved
         * it since the form was read, the form comes back with 409, what they changed, and the version now stored, so
         * that a second save (after reading) goes through; {@code rebase} first prepares the form for that, if needed.
         */
        public String update(
                RecordForm form,
                BindingResult result,
                Runnable update,
                Runnable rebase,
                Model model,
                HttpServletResponse response,
                RedirectAttributes redirect) {
            if (result.hasErrors()) {
                return form();
            }
            try {
                update.run();
            } catch (ObjectOptimisticLockingFailureException e) {
                rebase.run();
                staleEdit
                        .prepare(type, form.getId(), form.getVersion(), model, response)
                        .ifPresent(form::setVersion);
                return form();
            }
            return toRecord(form.getId(), "saved", redirect);
        }

        /**
         * Deleted, and back to the list; when other records refer to it, its page again ({@code page}) with 409 and
         * the reason ({@code inUse}).
         */
        public String delete(
                Runnable delete,
                Supplier<String> page,
                Model model,
                HttpServletResponse response,
                RedirectAttributes redirect) {
            try {
                delete.run();
            } catch (InUseException e) {
                response.setStatus(HttpServletResponse.SC_CONFLICT);
                model.addAttribute("inUse", e.reasonKey());
                return page.get();
            }
            return toList("deleted", redirect);
        }

        /** On to the list, which says {@code <name>.<message>}. */
        public String toList(String message, RedirectAttributes redirect) {
            redirect.addFlashAttribute("success", name + "." + message);
            return "redirect:" + path;
        }

        /** On to the record's page, which says {@code <name>.<message>} (saved, dissolved, closed…). */
        public String toRecord(long id, String message, RedirectAttributes redirect) {
            redirect.addFlashAttribute("success", name + "." + message);
            return "redirect:" + path + "/" + id;
        }
    }
}
