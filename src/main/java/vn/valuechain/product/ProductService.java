package vn.valuechain.product;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.web.NotFoundException;

/** The reference list of key products (Dừa, Bưởi da xanh, Heo…) that chains, contracts and lists filter by. */
@Service
@Transactional(readOnly = true)
public class ProductService {

    private final ProductRepository products;

    ProductService(ProductRepository products) {
        this.products = products;
    }

    public List<ProductOption> options() {
        return products.findAllByOrderByNameAsc().stream()
                .map(p -> new ProductOption(p.getId(), p.getName()))
                .toList();
    }

    public Product get(long id) {
        return products.findById(id).orElseThrow(() -> new NotFoundException("Product", id));
    }

    public record ProductOption(Long id, String name) {}
}
