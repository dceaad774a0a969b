## Jawaban bantuan dan pengungkapan: baris pertama, langkah pertama sesuai yang dikenali, pilihan negara di dalam
## bantuan, kalimat lembut di bawah "aku tidak mengerti", dan konfirmasi sebelum data dihapus.
## Langkah pertama merangkum NCMEC, Thorn, FBI dan eSafety (shared/domain/safety.md). Draf: perlu ditinjau penutur asli.

first-helpline = 📞 <b>Bicara dengan seseorang sekarang:</b> { $name }, { $reach } (gratis dan rahasia)
first-directory = 📞 <b>Cari layanan bantuan anak di negaramu:</b> { $name }, { $reach }
first-emergency = 🚨 <b>Kalau kamu dalam bahaya sekarang, telepon { $number }.</b>
steps-title = <b>Yang bisa kamu lakukan sekarang</b>
steps-sextortion =
    • Kamu tidak akan kena masalah: yang salah adalah orang yang mengancammu.
    • Jangan bayar dan jangan kirim apa pun lagi: membayar jarang membuatnya berhenti.
    • Simpan buktinya: tangkapan layar obrolan dan nama akunnya. Jangan hapus akunmu dulu.
    • Blokir dan laporkan akun itu di aplikasinya.
    • Take It Down bisa membantu menghentikan penyebaran fotomu, tanpa ada yang melihatnya.
    • Ceritakan sekarang ke orang dewasa yang kamu percaya atau hubungi layanan bantuan: ini cepat sekali, jangan tunggu.
steps-image_shared =
    • Menyebarkan fotomu tanpa izinmu adalah kekerasan.
    • Kalau ada yang minta uang atau foto lain: jangan bayar dan jangan kirim apa pun.
    • Simpan buktinya: tangkapan layar, tautan, dan nama akun.
    • Laporkan unggahan dan akunnya di aplikasi, dan ke layanan pelaporan di bawah.
    • Take It Down bisa membantu menurunkan fotomu, tanpa perlu menyebut nama.
    • Ceritakan ke orang dewasa yang kamu percaya atau ke layanan bantuan.
steps-ai_image =
    • Foto palsu tetap kekerasan, walaupun dibuat dengan AI.
    • Kalau ada yang minta uang atau foto lain: jangan bayar dan jangan kirim apa pun.
    • Simpan buktinya: tangkapan layar, tautan, dan nama akun.
    • Laporkan di aplikasi dan ke layanan pelaporan di bawah.
    • Take It Down bisa membantu menurunkannya, tanpa perlu menyebut nama.
    • Ceritakan ke orang dewasa yang kamu percaya atau ke layanan bantuan.
steps-grooming =
    • Orang dewasa yang memintamu merahasiakan sesuatu atau mengirim foto itu yang salah, bukan kamu.
    • Kalau lewat online: berhenti membalas dan simpan pesannya, lalu blokir dan laporkan akunnya.
    • Jangan bertemu dengannya, dan usahakan jangan berduaan saja dengannya.
    • Hari ini juga, ceritakan ke orang dewasa yang kamu percaya, tapi bukan orang itu: seseorang di sekolah atau di keluargamu. Atau hubungi layanan bantuan anak.
steps-abuse =
    • Kalau kamu dalam bahaya sekarang, telepon nomor darurat.
    • Ceritakan ke orang dewasa yang kamu percaya, tapi bukan orang yang menyakiti atau mengancammu: seseorang di sekolah atau di keluargamu. Atau hubungi layanan bantuan anak: gratis dan rahasia.
    • Kalau orang pertama yang kamu ceritakan tidak menolong, ceritakan ke orang lain sampai ada yang menolong.
steps-threat =
    • Kalau kamu dalam bahaya sekarang, telepon nomor darurat.
    • Hari ini juga, ceritakan ke orang dewasa yang kamu percaya, tapi bukan orang yang mengancammu: seseorang di sekolah atau di keluargamu. Atau hubungi layanan bantuan anak: gratis dan rahasia.
    • Sementara itu, tetap dekat dengan orang yang kamu percaya, dan jangan pergi sendirian ke tempat dia bisa menemukanmu.
    • Kalau ancamannya datang lewat pesan atau online: jangan dibalas, simpan sebagai bukti, lalu blokir dan laporkan akunnya.
steps-general =
    • Kamu sudah melakukan hal yang benar dengan bercerita.
    • Ceritakan ke orang dewasa yang kamu percaya, atau hubungi layanan bantuan anak: gratis dan rahasia.
    • Kalau kamu dalam bahaya sekarang, telepon nomor darurat.
steps-caregiver = Kalau ini tentang anak Anda: tetap tenang, berterima kasihlah karena ia sudah bercerita, dan katakan dengan jelas bahwa ini bukan salahnya. Ini langkah-langkah yang bisa Anda lakukan bersamanya:
more-help =
    <b>Cara lain untuk mendapat bantuan</b>

    • <b>Bercerita:</b> pilih orang dewasa yang kamu percaya (orang tua, saudara, guru, pelatih). Kamu bisa mulai dengan "Ada yang terjadi di internet dan aku butuh bantuan." Kamu bisa menunjukkan obrolan ini.
    • <b>Layanan bantuan</b> gratis dan rahasia. Mereka mendengarkan tanpa menghakimi dan tidak memberi tahu siapa pun tanpa bertanya dulu, kecuali ada yang dalam bahaya.
    • <b>Melapor di aplikasi:</b> tekan lama pesannya atau buka profilnya, lalu pilih "Laporkan". Ambil tangkapan layar dulu.
    • Apa pun yang terjadi, ini bukan salahmu.
btn-more-help = 💬 Bantuan lain
btn-back-to-where = ↩️ Kembali ke tempat tadi
btn-help-country = 🌍 Pilih negaraku
btn-help-country-other = 🔤 Negara lain (A-Z)
help-pick-country = 🌍 Kamu ada di negara mana? Aku tunjukkan bantuan yang ada di sana. Tidak ada yang disimpan.
unknown-text-gentle = 💛 Kalau ada hal di internet yang membuatmu khawatir, tekan 🆘 dan aku tunjukkan siapa yang bisa membantu.
settings-age-confirm =
    ⚠️ Di { $country }, Telegram untuk orang berusia 16 tahun ke atas. Kalau kamu membuat perubahan ini, aku harus <b>menghapus semua yang kusimpan tentangmu</b>:
    • bahasa, kelompok usia, dan negaramu
    • kemajuan pelajaran dan jawaban kuismu
    • penilaian pelajaran, jawaban polling, dan tautan berbagimu

    Hitungan anonim tetap ada, tanpa apa pun yang menghubungkannya denganmu. Ini tidak bisa dibatalkan. Bantuan tetap bisa dipakai kapan saja.
btn-settings-delete = Ubah dan hapus dataku
btn-settings-keep = ⬅️ Tidak, simpan pengaturanku
age-gate-16-deleted =
    Selesai: aku sudah menghapus semua yang kusimpan tentangmu. Di { $country }, Telegram untuk orang berusia 16 tahun ke atas, jadi aku tidak bisa melanjutkan denganmu.

    Kalau ada hal di internet yang membuatmu khawatir, bicaralah dengan orang dewasa yang kamu percaya, atau gunakan salah satu dari ini:
