## Kebijakan privasi: berapa lama data disimpan (lihat locales/en/retention.ftl).
privacy-keep-title = <b>Berapa lama aku menyimpannya:</b>
privacy-keep-profile = kalau kamu tidak memakaiku selama { $days } hari, aku menghapus semua yang aku simpan tentangmu, sama seperti /forget.
privacy-keep-profile-always = sampai kamu menghapusnya dengan /forget.
privacy-keep-deliveries = Daftar pelajaran yang dikirim kepadamu dalam sebuah kelompok aku simpan selama { $days } hari; setelah itu, yang tersisa hanya jumlah totalnya.
privacy-keep-checkins = Jawaban survei dilepaskan darimu untuk selamanya { $days } hari setelah putarannya ditutup.
