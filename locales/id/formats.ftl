## Format yang diisi oleh kode, dan catatan di atas pilihan bahasa. Pertahankan setiap { $variabel }.

# Satu fase kematangan, dijelaskan di bawah pertanyaan kuesioner.
checkin-phase-line = • <b>{ $phase }</b>: { $description }
# Di atas pilihan bahasa, jika aplikasi Telegram memakai bahasa yang belum dikuasai bot.
language-unavailable = Aplikasi Telegram-mu memakai bahasa { $language }, yang belum bisa kugunakan. Silakan pilih bahasa dari daftar.
