package vn.valuechain.product;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.imports.ImportText;
import vn.valuechain.shared.imports.Ref;
import vn.valuechain.shared.table.CellParsers.Parsed;
import vn.valuechain.shared.web.NotFoundException;

/** The reference list of key products (Dừa, Bưởi da xanh, Heo…) that chains, contracts and lists filter by. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProductService {

    private final ProductRepository products;

    public List<ProductOption> options() {
        return products.findAllByOrderByNameAsc().stream()
                .map(p -> new ProductOption(p.getId(), p.getName()))
                .toList();
    }

    /** A product's name, for saying which product a list or table was filtered by; null for none. */
    public String name(Long id) {
        return id == null ? null : products.findById(id).map(Product::getName).orElse(null);
    }

    public Product get(long id) {
        return products.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
    }

    /** For an imported cell: the product of this name (case and accents ignored), or why there is none. */
    public Parsed<Ref> productRef(String written) {
        String wanted = ImportText.normalize(written);
        return options().stream()
                .filter(p -> ImportText.normalize(p.name()).equals(wanted))
                .findFirst()
                .map(p -> new Parsed<>(Ref.of(p.id(), p.name()), null))
                .orElseGet(() -> new Parsed<>(null, "import.value.product"));
    }

    public List<String> names() {
        return options().stream().map(ProductOption::name).toList();
    }

    public record ProductOption(Long id, String name) {}
}
