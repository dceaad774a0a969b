## Series: Older teens: relationships and risks (older-teens), for teens 16-17.
## Grounded in eSafety, ThinkUKnow Australia, NCMEC, Kids Helpline and One Love guidance, paraphrased.
## Indonesian: "kamu" register; "persetujuan" for consent (STYLE.md glossary); "foto telanjang" for nudes.

s-older-teens-title = Hubungan, foto, dan tawaran
s-older-teens-about = Untuk umur 16 dan 17 tahun: persetujuan dan saling menghargai di internet, foto dan hukum, aplikasi kencan dan orang dewasa, tawaran yang terlalu bagus untuk jadi kenyataan, serta membedakan hubungan yang sehat dari yang mengekang.

## Lesson 1: Consent and respect online

s-older-teens-consent-title = Persetujuan dan saling menghargai
s-older-teens-consent-intro =
    Menggoda, kencan, dan pacaran juga terjadi di internet, dan itu bisa menyenangkan. Aturannya sama seperti di dunia nyata: <b>persetujuan</b> (consent).

    Persetujuan berarti kedua orang setuju dengan bebas, setiap kali. Siapa pun dari keduanya boleh bilang tidak, atau berubah pikiran, kapan saja.
s-older-teens-consent-intro-alt = Dua remaja tersenyum dengan HP, saling bertukar tanda centang dan hati di gelembung chat.
s-older-teens-consent-what-it-means =
    Di internet, persetujuan berarti:
    • Bertanya dulu sebelum mengirim apa pun yang seksual. Foto telanjang yang tidak diminta itu tidak oke.
    • Bertanya dulu sebelum membagikan foto, pesan, atau screenshot orang lain.
    • Menerima penolakan, atau tidak dibalas, tanpa mendesak, membuat merasa bersalah, atau merajuk.
    • Tahu bahwa “iya” yang diberikan karena didesak, takut, atau diancam bukanlah “iya” yang sungguhan.
s-older-teens-consent-q1 = Pacarmu bilang dia tidak mau sexting malam ini. Apa tanggapan yang menghargai dia?
s-older-teens-consent-q1-a = “Oke, nggak apa-apa.”
s-older-teens-consent-q1-a-why = Menerima penolakan tanpa mendesak menunjukkan rasa hormat dan membangun kepercayaan. “Tidak” adalah jawaban yang utuh.
s-older-teens-consent-q1-b = Tanya lagi dengan cara lain
s-older-teens-consent-q1-b-why = Ingin merasa dekat itu wajar. Tetapi bertanya lagi dan lagi adalah desakan, dan desakan bukan persetujuan.
s-older-teens-consent-q1-c = “Kalau kamu sayang aku, kamu pasti mau.”
s-older-teens-consent-q1-c-why = Ditolak memang bisa terasa sakit. Tetapi membuat orang merasa bersalah adalah desakan, dan itu merusak kepercayaan. Tidak ya tidak.
s-older-teens-consent-can-change =
    Persetujuan bisa berubah. “Iya” kemarin tidak berarti “iya” hari ini. Mengirim satu foto tidak berarti setuju untuk mengirim lagi, atau setuju foto itu dibagikan.

    Kalau seseorang membagikan pesan atau foto pribadimu tanpa bertanya, itu kesalahannya, bukan kesalahanmu. Kamu bisa memintanya menghapus, melaporkannya, dan minta bantuan.
s-older-teens-consent-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Tanya, dengarkan, dan terima penolakan. Kalau seseorang mendesakmu, atau membagikan sesuatu milikmu tanpa persetujuan, simpan bukti, blokir dan laporkan, lalu bicara dengan orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 2: Images and the law

s-older-teens-images-law-title = Foto dan hukum
s-older-teens-images-law-intro =
    Banyak remaja bertanya-tanya apa kata hukum soal foto telanjang. Hukum berbeda-beda di tiap negara, tetapi ada satu aturan umum yang penting diketahui.
s-older-teens-images-law-intro-alt = Sebuah timbangan yang seimbang di samping perisai hijau bertanda centang.
s-older-teens-images-law-the-law =
    Di banyak negara, membuat, meminta, menyimpan, atau menyebarkan gambar seksual <b>siapa pun yang berusia di bawah 18 tahun</b> melanggar hukum. Ini bisa berlaku bahkan untuk selfie, bahkan antara dua remaja seumuran, dan bahkan kalau keduanya setuju. Di beberapa tempat, gambar yang diedit atau palsu juga termasuk.

    Hukum ini ada untuk melindungi anak muda dari eksploitasi. Kalau fotomu tersebar, minta bantuan selalu langkah yang benar.
s-older-teens-images-law-most-say-no =
    Mungkin rasanya semua orang mengirim foto telanjang. Kebanyakan tidak. Dalam survei eSafety terhadap remaja berusia 14 sampai 17 tahun, 73% dari mereka yang pernah dimintai foto telanjang bilang tidak mengirimnya (eSafety, 2017).

    Menolak itu biasa. Kamu tidak perlu alasan, dan itu tidak membuatmu membosankan.
s-older-teens-images-law-q1 = Pacarmu yang berumur 17 tahun ingin bertukar foto telanjang dan bilang tidak apa-apa karena kalian berdua hampir 18 tahun. Mana yang benar?
s-older-teens-images-law-q1-a = Tidak apa-apa, kami berdua setuju
s-older-teens-images-law-q1-a-why = Persetujuan memang sangat penting dalam hubungan. Tetapi di banyak negara, gambar seksual siapa pun di bawah 18 tahun melanggar hukum walaupun ada persetujuan. Dan begitu terkirim, kamu tidak bisa mengendalikan ke mana foto itu pergi.
s-older-teens-images-law-q1-b = Aman kalau aplikasinya menghapus foto
s-older-teens-images-law-q1-b-why = Pesan yang menghilang tetap bisa di-screenshot atau direkam. Dan pengaturan aplikasi tidak mengubah hukum.
s-older-teens-images-law-q1-c = Di banyak negara itu ilegal di bawah 18, walau kami setuju
s-older-teens-images-law-q1-c-why = Banyak negara menganggap gambar seksual anak di bawah 18 tahun ilegal, siapa pun yang mengambilnya. Menolak, atau menunggu, melindungi kalian berdua.
s-older-teens-images-law-if-shared =
    Kalau fotomu sudah tersebar, atau ada yang mengancam akan menyebarkannya: belum terlambat. Jangan membayar dan jangan kirim lagi. Simpan bukti dan laporkan.

    <b>Take It Down</b> (takeitdown.ncmec.org) bisa dipakai untuk foto dari sebelum kamu berumur 18 tahun. Dan kalau seseorang mengirimimu foto telanjang remaja lain, jangan diteruskan: laporkan, lalu hapus.
s-older-teens-images-law-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Kamu selalu boleh menolak. Jangan pernah meneruskan foto telanjang orang lain. Kalau fotomu tersebar, pakai takeitdown.ncmec.org, laporkan ke aplikasi dan ke layanan pelaporan (hotline), lalu bicara dengan orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 3: Dating apps and adults

s-older-teens-dating-apps-title = Aplikasi kencan dan orang dewasa
s-older-teens-dating-apps-intro =
    Kebanyakan aplikasi kencan besar hanya untuk orang dewasa: aturannya bilang kamu harus berumur 18 tahun ke atas. Tinder, misalnya, hanya mengizinkan orang berumur 18 tahun ke atas.

    Aturan itu ada alasannya. Aplikasi kencan penuh dengan orang dewasa yang mencari orang dewasa, dan berbohong soal umur membuatmu berhadapan dengan orang yang seharusnya tidak menghubungimu.
s-older-teens-dating-apps-intro-alt = Seorang remaja mengangkat tangan untuk menjauh dari HP yang menampilkan aplikasi kencan, di samping tanda dilarang masuk.
s-older-teens-dating-apps-adults-red-flag =
    Orang dewasa yang menginginkan hubungan romantis atau seksual dengan seseorang di bawah 18 tahun adalah <b>tanda bahaya</b>, bukan pujian, walaupun dia bilang kamu dewasa dan walaupun dia baik padamu.

    Waspadai orang dewasa yang ingin merahasiakan hubungan, mengirim hadiah atau uang, meminta foto, ingin bertemu berdua saja, atau bilang umur “cuma angka”. Orang dewasa yang peduli pada anak muda menghormati batas umur.
s-older-teens-dating-apps-q1 = Kamu 16 tahun. Orang berumur 24 tahun yang kamu kenal di internet bilang kamu dewasa untuk umurmu dan ingin bertemu. Ini apa?
s-older-teens-dating-apps-q1-a = Tersanjung, berarti aku memang dewasa
s-older-teens-dating-apps-q1-a-why = Diperhatikan itu menyenangkan. Tetapi “kamu dewasa banget” adalah rayuan terkenal yang dipakai orang dewasa untuk mendekati remaja.
s-older-teens-dating-apps-q1-b = Tanda bahaya: orang dewasa mendekati remaja
s-older-teens-dating-apps-q1-b-why = Orang dewasa yang ingin pacaran dengan seseorang di bawah 18 tahun tidak aman, sebaik apa pun kelihatannya. Berhenti membalas, jangan bertemu, simpan chatnya, dan cerita ke orang dewasa yang kamu percaya.
s-older-teens-dating-apps-q1-c = Oke kalau ketemunya di tempat umum
s-older-teens-dating-apps-q1-c-why = Bertemu di tempat umum memang kebiasaan baik untuk orang dewasa yang berkencan dengan orang dewasa. Tetapi masalahnya di sini adalah orang dewasa yang menginginkan hubungan dengan remaja. Jangan bertemu.
s-older-teens-dating-apps-meeting-people =
    Kalau kamu berkenalan dengan orang di internet di umurmu sekarang:
    • Pakai aplikasi yang memang untuk umurmu, dan buat profilmu privat.
    • Jangan pernah pergi sendirian menemui orang yang hanya kamu kenal di internet. Beri tahu orang dewasa ke mana kamu pergi, dan bertemulah di tempat umum.
    • Kalau ada orang dewasa yang menggodamu atau meminta foto, kamu boleh pergi, blokir, dan laporkan, dan kamu tidak akan kena masalah karenanya.
s-older-teens-dating-apps-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Jauhi aplikasi 18+. Kalau ada orang dewasa yang mengejarmu di internet: berhenti membalas, jangan bertemu, simpan pesannya, blokir dan laporkan, lalu cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara). Perilakunya yang salah, bukan kamu.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 4: Offers that are too good to be true

s-older-teens-offers-title = Tawaran yang terlalu bagus
s-older-teens-offers-intro =
    “Kamu bisa jadi model.” “Uang gampang, cuma beberapa foto.” “Nanti kukirim voucher kalau kamu…”

    Tawaran seperti ini datang lewat DM, komentar, dan game. Ada yang penipuan untuk mengambil uangmu. Ada juga yang cara untuk mendapat fotomu, yang lalu bisa dipakai untuk menekan atau memerasmu.
s-older-teens-offers-intro-alt = Tawaran mengilap dalam amplop yang diperiksa dengan kaca pembesar, di samping tanda dilarang masuk.
s-older-teens-offers-fake-modelling =
    <b>Tawaran model atau kerja palsu</b>: agensi sungguhan tidak mencari remaja lewat DM lalu meminta foto pakai pakaian dalam, foto telanjang, atau video call pribadi. Agensi model sudah mengingatkan bahwa pencari bakat palsu melakukan persis hal ini.

    Kalau tawarannya kelihatan sungguhan, cek bersama orang dewasa yang kamu percaya: cari sendiri perusahaannya dan hubungi lewat situs resminya, bukan lewat tautan yang dikirim kepadamu.
s-older-teens-offers-easy-money =
    <b>Uang gampang</b>: tawaran membayarmu untuk foto, chat pribadi, atau “cuma beberapa menit di depan kamera” adalah jebakan. Kamu bisa kehilangan uang, atau malah diperas.

    <b>Hadiah untuk foto</b>: uang, voucher, kredit game, atau baju sebagai imbalan foto adalah eksploitasi, walaupun awalnya “cuma selfie”. Permintaannya biasanya makin lama makin besar.
s-older-teens-offers-q1 = Seorang “pencari bakat” mengirimimu pesan: kamu bisa jadi model, kirim saja beberapa foto pakai pakaian dalam untuk mulai. Apa yang kamu lakukan?
s-older-teens-offers-q1-a = Kirim, ini kesempatan besar
s-older-teens-offers-q1-a-why = Punya mimpi besar itu bagus, dan penipu memanfaatkannya. Agensi sungguhan tidak meminta foto pakaian dalam lewat DM.
s-older-teens-offers-q1-b = Kirim, tapi wajahku disembunyikan
s-older-teens-offers-q1-b-why = Menyembunyikan wajah menunjukkan kamu berhati-hati. Tetapi kamu tetap memberi foto intim kepada orang asing, dan foto itu bisa dipakai untuk menekanmu.
s-older-teens-offers-q1-c = Jangan kirim; cek agensinya bersama orang dewasa
s-older-teens-offers-q1-c-why = Tawaran sungguhan akan tetap ada setelah kamu mengeceknya. Blokir dan laporkan akunnya, lalu bicarakan dengan orang dewasa yang kamu percaya.
s-older-teens-offers-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Kalau sebuah tawaran meminta foto, uang di depan, atau kerahasiaan, itu bukan tawaran sungguhan. Jangan kirim apa pun. Simpan pesannya, blokir dan laporkan akunnya, lalu cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara). Kalau kamu sudah telanjur mengirim sesuatu, kamu tidak akan kena masalah: minta bantuan sekarang.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 5: Healthy or controlling?

s-older-teens-healthy-title = Sehat atau mengekang?
s-older-teens-healthy-intro =
    Hubungan yang baik, di internet maupun di dunia nyata, membuatmu merasa aman, dihargai, dan bebas menjadi dirimu sendiri.

    Bertengkar dan sedikit cemburu kadang terjadi. Mengekang itu lain: satu orang berusaha menentukan apa yang dilakukan orang lainnya.
s-older-teens-healthy-intro-alt = Dua remaja tersenyum berdampingan dengan hati di atas mereka, tanda centang hijau, dan gembok yang terbuka.
s-older-teens-healthy-healthy =
    Hubungan yang <b>sehat</b> itu seperti ini:
    • Kalian berdua punya teman, waktu, dan privasi masing-masing.
    • Kalian membicarakan masalah dan sama-sama mendengarkan.
    • Siapa pun dari kalian boleh bilang tidak, dan itu tidak apa-apa.
    • Kamu tidak harus membagikan password atau lokasimu untuk membuktikan apa pun.
    • Kamu merasa baik tentang dirimu saat bersamanya.
s-older-teens-healthy-controlling =
    Hubungan yang <b>mengekang</b> itu seperti ini:
    • Memeriksa HP-mu, atau menuntut password atau lokasimu.
    • Marah kalau kamu tidak langsung membalas.
    • Mengatur siapa yang boleh kamu ikuti, blokir, atau ajak bicara.
    • Merendahkanmu, secara pribadi atau di unggahan.
    • Mendesakmu mengirim foto telanjang, atau mengancam menyebarkan foto.

    Ini tanda peringatan kekerasan digital. Itu bukan cinta, dan itu bukan salahmu.
s-older-teens-healthy-q1 = Pacarmu minta password-mu “untuk membuktikan kamu nggak menyembunyikan apa-apa”. Mana yang benar?
s-older-teens-healthy-q1-a = Wajar, pasangan berbagi segalanya
s-older-teens-healthy-q1-a-why = Ada pasangan yang memang memilih berbagi hal-hal tertentu, dengan bebas. Tetapi menuntut password sebagai bukti adalah mengekang, bukan percaya.
s-older-teens-healthy-q1-b = Itu tanda mengekang, bukan percaya
s-older-teens-healthy-q1-b-why = Dalam hubungan yang sehat, kepercayaan tidak butuh bukti seperti ini. Kamu boleh menolak, dan cerita ke orang yang kamu percaya kalau ini terus terjadi.
s-older-teens-healthy-q1-c = Cuma masalah kalau dia membaca pesanku
s-older-teens-healthy-q1-c-why = Wajar kalau kamu berharap dia tidak mengintip. Tetapi menuntut akses saja sudah mengekang, entah dia memakainya atau tidak.
s-older-teens-healthy-a-friend =
    Kadang lebih mudah melihat sikap mengekang dalam hubungan teman daripada dalam hubungan sendiri.

    Kalau kamu khawatir soal temanmu, ceritakan apa yang kamu perhatikan, tanpa menghakimi dia atau pasangannya. Dengarkan. Ingatkan bahwa itu bukan salahnya, dan bahwa dia layak merasa aman. Tetaplah ada untuknya, walaupun dia belum siap bertindak.
s-older-teens-healthy-q2 = Pacar temanmu memeriksa HP-nya dan marah kalau dia bertemu teman-temannya. Bagaimana kamu bisa membantu?
s-older-teens-healthy-q2-a = Tidak ikut campur, itu hubungan mereka
s-older-teens-healthy-q2-a-why = Ikut campur memang bisa terasa canggung. Tetapi orang dalam hubungan yang mengekang bisa merasa sangat sendirian, dan dukungan yang lembut itu penting.
s-older-teens-healthy-q2-b = Suruh pacarnya mundur
s-older-teens-healthy-q2-b-why = Kamu ingin melindungi temanmu, dan itu baik. Tetapi melabrak pacarnya bisa memperburuk keadaan temanmu. Bicaralah dengan temanmu dulu.
s-older-teens-healthy-q2-c = Dengarkan, jangan menghakimi, sarankan dia cerita
s-older-teens-healthy-q2-c-why = Bilang bahwa kamu memperhatikan dan peduli, dan bahwa itu bukan salahnya. Sarankan orang dewasa yang dia percaya atau layanan bantuan, dan tetaplah ada untuknya.
s-older-teens-healthy-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Kalau sebuah hubungan terasa mengekang, kamu layak mendapat yang lebih baik, dan kamu tidak bersalah. Bicaralah dengan orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara). Kalau kamu merasa keselamatanmu terancam, telepon nomor darurat setempat.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.
