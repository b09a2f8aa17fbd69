-- The reference list of key agricultural products: the eight of Bến Tre's plan 2835/KH-UBND and the
-- products of the Hòa Bình linkage projects (see docs: seeds 000 and 002). An ADMIN can add more.
insert into product (name, created_by) values
    ('Dừa', 'system'),
    ('Bưởi da xanh', 'system'),
    ('Chôm chôm', 'system'),
    ('Nhãn', 'system'),
    ('Hoa kiểng', 'system'),
    ('Heo', 'system'),
    ('Bò', 'system'),
    ('Tôm biển', 'system'),
    ('Rau an toàn', 'system'),
    ('Dưa chuột', 'system'),
    ('Nấm ăn và nấm dược liệu', 'system'),
    ('Cây dược liệu', 'system'),
    ('Gà ri', 'system'),
    ('Ớt và bí đỏ', 'system'),
    ('Rau hữu cơ', 'system');
