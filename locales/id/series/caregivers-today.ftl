## Series: Today's online risks (caregivers-today), for parents and caregivers.
## Structure: content/series/caregivers-today.yaml. Grounded in NCMEC, Thorn, the FBI's warnings, the eSafety
## Commissioner, the Australian Federal Police, CEOP Thinkuknow and the NSPCC (paraphrased; sources in the yaml).
## Indonesian: "Anda" register, warm standard Indonesian; the child is "anak Anda"; in example sentences the
## parent says "Ayah/Ibu"; buttons are the caregiver's own voice ("Saya…").

s-caregivers-today-title = Risiko online masa kini untuk orang tua
s-caregivers-today-about = Lima pelajaran singkat untuk orang tua dan pengasuh: gambar palsu buatan AI, pemerasan seksual (sextortion), game dan livestream, pengaturan yang disiapkan bersama, dan apa yang perlu dikatakan jika anak Anda bercerita bahwa sesuatu telah terjadi.

## Lesson 1: AI-made fake images

s-caregivers-today-ai-images-title = Gambar palsu buatan AI
s-caregivers-today-ai-images-intro =
    Sejumlah aplikasi dan situs web dapat mengubah foto biasa, seperti selfie atau foto sekolah, menjadi gambar telanjang atau seksual palsu. Aplikasi ini sering disebut aplikasi “nudify” atau deepfake (gambar atau video palsu buatan AI).

    Gambarnya palsu, tetapi dampaknya nyata. NCMEC, lembaga perlindungan anak di Amerika Serikat, melaporkan bahwa gambar palsu dipakai untuk merundung dan mempermalukan anak, dan pelaku memakainya untuk memeras anak demi uang atau gambar lain. Membuat atau menyebarkan gambar seksual anak, walaupun palsu, adalah kekerasan dan dapat merupakan tindak pidana.
s-caregivers-today-ai-images-intro-alt = Foto di HP disalin oleh AI menjadi gambar yang diubah, dengan bingkai putus-putus dan tanda peringatan, di samping perisai dan bendera laporan.
s-caregivers-today-ai-images-how-common =
    Ini bukan hal langka. Dalam survei Thorn terhadap anak muda berusia 9 sampai 17 tahun, 11% mengatakan mereka yakin teman atau teman sekelasnya pernah memakai alat AI untuk membuat gambar telanjang anak lain (Thorn, 2025).

    Jadi, hal ini layak dibicarakan sebelum terjadi apa-apa, dengan tenang, sebagai salah satu topik yang biasa Anda bicarakan bersama.
s-caregivers-today-ai-images-q1 = Putri Anda bercerita bahwa gambar telanjang palsu dirinya, buatan sebuah aplikasi, beredar di kelasnya. Mana yang benar?
s-caregivers-today-ai-images-q1-a = Itu palsu, jadi tidak serius
s-caregivers-today-ai-images-q1-a-why = Kejadian ini bisa terasa kurang serius karena gambarnya tidak nyata. Tetapi gambar itu dapat menyebar seperti gambar asli, dan rasa malu, takut, serta perundungan yang ditimbulkannya nyata. Tanggapi dengan kepedulian yang sama.
s-caregivers-today-ai-images-q1-b = Itu kekerasan, dan bukan salahnya
s-caregivers-today-ai-images-q1-b-why = Yang bertanggung jawab adalah siapa pun yang membuat atau menyebarkan gambar itu, bukan putri Anda. Gambar seksual palsu anak dapat dilaporkan dan dihapus, dan yang paling dia butuhkan sekarang adalah dukungan Anda.
s-caregivers-today-ai-images-q1-c = Dia harus lebih jarang mengunggah foto
s-caregivers-today-ai-images-q1-c-why = Berbagi foto adalah bagian wajar dari tumbuh besar, dan hampir semua foto dapat disalahgunakan. Sikap ini menimpakan kesalahan kepadanya, bukan kepada orang yang membuat gambar palsu itu.
s-caregivers-today-ai-images-if-it-happens =
    <b>Jika ini terjadi pada anak Anda</b>
    • Tetap tenang, katakan bahwa itu bukan salahnya.
    • Jangan simpan, salin, atau teruskan gambarnya, bahkan sebagai bukti. Catat lokasinya (tautan, nama pengguna) dan screenshot pesan di sekitarnya.
    • Laporkan di aplikasi, dan ke layanan pelaporan (hotline) atau polisi.
    • Take It Down (takeitdown.ncmec.org) membantu menghentikan penyebaran gambar telanjang anak di bawah 18 tahun di aplikasi yang ikut serta.
    • Jika teman sekelas terlibat, beri tahu sekolah.
s-caregivers-today-ai-images-talk-first =
    Bicarakan sebelum terjadi. Sebagian anak muda membuat gambar seperti ini sebagai “lelucon” atau untuk balas dendam, tanpa memikirkan dampaknya. Pastikan anak Anda tahu bahwa:
    • membuat atau menyebarkan gambar telanjang palsu siapa pun sangat menyakiti, dan dapat merupakan tindak pidana
    • jika dia melihatnya, dia tidak boleh meneruskannya, tetapi melaporkannya dan memberi tahu orang dewasa
    • jika itu terjadi padanya, dia boleh datang kepada Anda dan tidak akan dimarahi
s-caregivers-today-ai-images-q2 = Putra Anda bercerita bahwa temannya membagikan gambar telanjang buatan AI seorang teman sekelas di grup chat. Apa saran terbaik?
s-caregivers-today-ai-images-q2-a = Hapus chatnya dan lupakan saja
s-caregivers-today-ai-images-q2-a-why = Keinginan untuk tidak ikut campur dapat dimengerti. Tetapi gambar itu terus menyebar, dan teman sekelasnya mungkin bahkan belum tahu. Melaporkan dan memberi tahu orang dewasa membantu menghentikannya.
s-caregivers-today-ai-images-q2-b = Jangan diteruskan; laporkan dan beri tahu orang dewasa
s-caregivers-today-ai-images-q2-b-why = Tidak meneruskan menghentikan penyebarannya, melapor membantu agar gambar dihapus, dan orang dewasa dapat melibatkan sekolah. Kata-kata baik untuk teman sekelasnya, yang mungkin merasa sangat sendirian, juga membantu.
s-caregivers-today-ai-images-q2-c = Teruskan ke saya supaya saya bisa melihatnya
s-caregivers-today-ai-images-q2-c-why = Ingin memahami itu wajar, tetapi meneruskan atau menyimpan gambar seksual anak, walaupun palsu, dapat merupakan tindak pidana. Tanyakan di mana gambar itu dibagikan dan laporkan tempatnya.
s-caregivers-today-ai-images-what-to-do =
    <b>Yang dapat Anda lakukan</b>
    • Bicarakan soal gambar palsu dengan anak Anda minggu ini.
    • Jika terjadi: tetap tenang, jangan salin gambarnya, catat di mana gambar itu berada, dan laporkan ke aplikasi serta ke layanan pelaporan atau polisi.
    • Layanan bantuan anak (116 111 di banyak negara) dapat mendukung anak Anda, dan sering kali Anda juga.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negara Anda.

## Lesson 2: Financial sextortion

s-caregivers-today-sextortion-title = Sextortion: tanda dan apa yang dikatakan
s-caregivers-today-sextortion-intro =
    <b>Sextortion finansial</b> adalah pemerasan seksual demi uang. Pelaku, sering mengaku remaja perempuan atau anak muda, menggoda seorang remaja lalu segera meminta gambar telanjang atau video call. Lalu datang ancaman: “Bayar, atau ini kukirim ke teman dan keluargamu.”

    Semuanya bisa memuncak dalam hitungan jam, dan pelaku bisa memalsukan gambar dengan AI. FBI dan NCMEC mengingatkan: remaja laki-laki paling sering jadi sasaran, tetapi ini bisa menimpa anak mana pun, di keluarga mana pun.
s-caregivers-today-sextortion-signs =
    Tanda-tanda bahwa mungkin ada masalah:
    • tiba-tiba panik, takut, atau menangis setelah memakai HP
    • mendesak minta uang atau voucher, tanpa alasan yang jelas
    • “pacar” atau teman online baru yang bergerak sangat cepat
    • buru-buru menghapus akun atau aplikasi, atau menghindari HP
    • menarik diri, atau berbicara seolah-olah tidak ada harapan

    Jika Anda khawatir akan keselamatan anak Anda, segera cari bantuan darurat.
s-caregivers-today-sextortion-what-to-say =
    <b>Apa yang dikatakan</b>
    Sebelum terjadi apa-apa: “Kalau ada yang mengancammu pakai foto, datang ke Ayah/Ibu. Ini terjadi pada banyak orang. Ayah/Ibu akan membantu, bukan menghukum.”

    Jika dia bercerita: “Terima kasih sudah cerita. Kamu tidak dimarahi. Kita selesaikan bersama.” Simpan pertanyaan “kenapa kamu kirim?” untuk jauh di kemudian hari, atau tidak usah sama sekali. Ketenangan Anda yang paling membantu.
s-caregivers-today-sextortion-what-to-say-alt = Orang tua duduk di sofa merangkul seorang remaja laki-laki, dengan perisai dan hati di dekatnya.
s-caregivers-today-sextortion-q1 = Putra Anda, dengan panik, bercerita bahwa seseorang akan mengirim fotonya ke semua orang kecuali dia membayar malam ini. Apa yang Anda katakan pertama kali?
s-caregivers-today-sextortion-q1-a = “Kok bisa kamu seceroboh itu?”
s-caregivers-today-sextortion-q1-a-why = Kaget dan marah itu wajar. Tetapi menyalahkan membuat remaja yang ketakutan menutup diri, justru saat dia perlu terus berbicara dengan Anda. Pertanyaan bisa menunggu.
s-caregivers-today-sextortion-q1-b = “Terima kasih sudah cerita. Kita hadapi bersama.”
s-caregivers-today-sextortion-q1-b-why = Ucapan terima kasih dan ketenangan memberi tahu dia bahwa datang kepada Anda adalah hal yang benar. Pemeras mengandalkan rasa malu dan panik; reaksi yang tenang melucuti kekuatan itu.
s-caregivers-today-sextortion-q1-c = “Bayar saja supaya selesai.”
s-caregivers-today-sextortion-q1-c-why = Ingin semuanya cepat selesai itu masuk akal. Tetapi membayar jarang mengakhirinya: pemeras biasanya meminta lebih, dan bisa tetap menyebarkan gambarnya.
s-caregivers-today-sextortion-next-steps =
    <b>Langkah berikutnya</b>
    • Jangan membayar, dan jangan mengirim apa pun lagi. Berhenti membalas.
    • Simpan bukti: screenshot pesan, nama akun dan tautan profilnya, serta detail pembayaran apa pun yang dia kirim.
    • Blokir dan laporkan akunnya, tetapi jangan hapus dulu akun anak Anda atau chatnya.
    • Laporkan ke polisi atau layanan pelaporan nasional.
    • Take It Down dapat membantu menghentikan penyebaran gambar telanjang anak di bawah 18 tahun.
s-caregivers-today-sextortion-q2 = Apa yang sebaiknya dilakukan dengan akun putra Anda dan chatnya?
s-caregivers-today-sextortion-q2-a = Langsung hapus semuanya
s-caregivers-today-sextortion-q2-a-why = Ingin semuanya hilang adalah reaksi yang sangat wajar. Tetapi menghapus akun atau chat dapat menghilangkan bukti yang dibutuhkan polisi dan platform untuk menghentikan pemeras.
s-caregivers-today-sextortion-q2-b = Blokir pemerasnya, tetapi simpan chatnya
s-caregivers-today-sextortion-q2-b-why = Memblokir menghentikan kontak, dan menyimpan chat serta akun menjaga buktinya. Lalu laporkan akun itu di platform dan ke polisi atau layanan pelaporan.
s-caregivers-today-sextortion-q2-c = Membalas dan mengancam balik sendiri
s-caregivers-today-sextortion-q2-c-why = Marah kepada pelakunya dapat dimengerti. Tetapi melabraknya dapat memperburuk keadaan dan membuatnya kabur sebelum polisi bertindak. Serahkan kepada platform, layanan pelaporan, atau polisi.
s-caregivers-today-sextortion-what-to-do =
    <b>Yang dapat Anda lakukan</b>
    Ucapkan minggu ini: “Kamu selalu boleh datang ke Ayah/Ibu, bahkan soal foto.” Jika terjadi: tetap tenang, jangan membayar, simpan bukti, blokir dan laporkan. Tetap dekat dengan anak Anda di hari-hari sesudahnya, dan cari dukungan.

    Jika anak Anda mungkin dalam bahaya atau berbicara tentang menyakiti dirinya sendiri, segera telepon nomor darurat setempat.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negara Anda.

## Lesson 3: Games and livestreams

s-caregivers-today-games-title = Game, livestream, dan hadiah
s-caregivers-today-games-intro =
    Game adalah tempat bersosialisasi. Anak-anak bermain bersama, mengobrol lewat suara dan teks, berteman, dan menonton livestream. Dalam sebuah survei di Australia, 8 dari 10 remaja bermain game online bersama orang lain (eSafety Commissioner, 2021).

    Sebagian besar menyenangkan. Tetapi fitur yang membuat game bersifat sosial (voice chat, permintaan pertemanan, hadiah, dan pesan pribadi) juga dapat dipakai oleh orang yang ingin menyakiti anak.
s-caregivers-today-games-intro-alt = Seorang remaja memakai headset memegang controller di depan layar yang menampilkan hadiah, koin, dan gelembung chat.
s-caregivers-today-games-misused =
    Cara fitur ini disalahgunakan:
    • <b>Voice chat</b> bisa membuat orang asing cepat sekali terasa seperti teman.
    • <b>Hadiah</b> seperti skin, mata uang game, atau kredit game, lalu “kamu utang sama aku”. Polisi Australia mengingatkan bahwa pelaku memakai mata uang game untuk grooming anak.
    • <b>Aplikasi privat</b>: mengajak pindah chat ke tempat yang tak dilihat orang lain.
    • <b>Livestream</b>: penonton dapat mengirim hadiah virtual, meminta “tantangan”, atau mengajak bicara berdua.
s-caregivers-today-games-q1 = Seorang pemain terus memberi anak Anda yang berumur 13 tahun mata uang game, dan sekarang ingin chat di aplikasi lain. Ini apa?
s-caregivers-today-games-q1-a = Kemurahan hati biasa antarpemain
s-caregivers-today-games-q1-a-why = Para pemain memang saling berbagi dan membantu. Tetapi hadiah yang disusul ajakan pindah ke aplikasi privat adalah pola grooming yang dikenal, jadi perlu dibicarakan dengan tenang.
s-caregivers-today-games-q1-b = Tanda bahaya: hadiah, lalu chat pribadi
s-caregivers-today-games-q1-b-why = Hadiah dapat menimbulkan rasa berutang, dan aplikasi privat membawa chat keluar dari pantauan. Bersama-sama, keduanya adalah pola grooming yang umum. Bicarakan dengan anak Anda dengan tenang: itu bukan salahnya.
s-caregivers-today-games-q1-c = Hanya masalah kalau dia minta uang
s-caregivers-today-games-q1-c-why = Uang adalah satu risiko, tetapi bukan satu-satunya. Pelaku grooming sering menginginkan kepercayaan, kerahasiaan, gambar, atau pertemuan, dan mungkin tidak pernah menyebut uang.
s-caregivers-today-games-together =
    Siapkan game bersama:
    • Sesekali bermain atau menonton bersama anak Anda, dan tanyakan dengan siapa dia bermain.
    • Periksa siapa yang bisa chat dengannya (hanya teman: awal yang baik) dan apakah voice chat menyala.
    • Aktifkan persetujuan pembelian, agar hadiah dan pengeluaran tetap terlihat.
    • Untuk livestream, periksa siapa yang bisa menonton, berkomentar, dan mengirim hadiah.
    • Sepakati langkahnya jika ada yang meminta rahasia, foto, atau chat pribadi: keluar, blokir, laporkan, cerita ke Anda.
s-caregivers-today-games-q2 = Anak Anda yang berumur 15 tahun melakukan livestream game. Seorang penonton mengirim hadiah dan mengajak video call pribadi. Apa yang paling membantu?
s-caregivers-today-games-q2-a = Biarkan saja: itu channel miliknya
s-caregivers-today-games-q2-a-why = Memberi remaja kemandirian itu penting. Tetapi penonton yang mengirim hadiah lalu mengajak bicara berdua adalah tanda bahaya, dan anak Anda tidak seharusnya menghadapinya sendirian.
s-caregivers-today-games-q2-b = Bicarakan: blokir, laporkan, tetap di publik
s-caregivers-today-games-q2-b-why = Hadiah yang disusul ajakan bicara berdua adalah tanda peringatan yang dikenal. Memblokir dan melaporkan penonton itu, serta membuat siaran tetap publik atau hanya untuk teman, melindungi anak Anda.
s-caregivers-today-games-q2-c = Larang game dan streaming selamanya
s-caregivers-today-games-q2-c-why = Larangan mungkin terasa paling aman, tetapi dapat mengajari anak Anda untuk menyembunyikan sesuatu lain kali. Tetap terlibat dan menyepakati aturan bersama membuatnya lebih aman, dan membuatnya tetap mau bercerita.
s-caregivers-today-games-what-to-do =
    <b>Yang dapat Anda lakukan</b>
    • Minta anak Anda menunjukkan game favoritnya minggu ini.
    • Periksa pengaturan chat, suara, dan pembelian bersama-sama.
    • Ingatkan bahwa hadiah tidak pernah berarti dia berutang apa pun kepada siapa pun.
    • Jika ada yang melewati batas: simpan screenshot, blokir dan laporkan di game, dan laporkan permintaan seksual ke polisi atau layanan pelaporan.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negara Anda.

## Lesson 4: Settings and tools, set up together

s-caregivers-today-settings-title = Pengaturan dan alat, bersama-sama
s-caregivers-today-settings-intro =
    Kontrol orang tua dan pengaturan keamanan dapat membantu, terutama untuk remaja yang lebih muda. Semua itu paling efektif jika sesuai dengan usia anak dan Anda menyiapkannya bersama anak, bukan diam-diam.

    Remaja yang lebih muda mungkin perlu lebih banyak batasan. Seiring anak tumbuh, dia membutuhkan lebih banyak kemandirian, disertai rencana tentang apa yang dilakukan jika ada masalah.
s-caregivers-today-settings-intro-alt = Orang tua dan seorang remaja berdiri di kedua sisi HP yang menampilkan tombol-tombol pengaturan, di bawah sebuah gembok.
s-caregivers-today-settings-tools =
    Alat yang berguna:
    • <b>Kontrol di HP dan konsol</b>: setujui aplikasi dan pembelian baru, atur waktu layar.
    • <b>Pengaturan aplikasi</b>: akun privat, siapa yang bisa mengirim pesan atau berkomentar, berbagi lokasi mati.
    • <b>Fitur keluarga</b>: banyak aplikasi dan game bisa menautkan akun orang tua dan remaja untuk mengelola pengaturan. Periksa apa yang bisa Anda lihat, dan beri tahu anak Anda.
    • <b>Di Telegram</b>: siapa yang bisa melihat nomor teleponnya dan menambahkannya ke grup.
s-caregivers-today-settings-open =
    Terbuka lebih baik daripada diam-diam. Membaca pesan anak secara diam-diam dapat merusak kepercayaan, dan jika dia mengetahuinya, dia mungkin makin menyembunyikan sesuatu atau pindah ke aplikasi yang tidak Anda kenal. Beri tahu anak Anda apa yang dapat Anda lihat dan alasannya.

    Perlakukan pengaturan seperti aturan keluarga lainnya: sepakati, jelaskan, dan tinjau kembali seiring anak tumbuh.
s-caregivers-today-settings-q1 = Anak Anda yang berumur 13 tahun akan mendapat HP pertamanya. Apa awal yang terbaik?
s-caregivers-today-settings-q1-a = Aplikasi pemantau tersembunyi
s-caregivers-today-settings-q1-a-why = Ingin tahu bahwa dia aman itu wajar. Tetapi pemantauan tersembunyi dapat merusak kepercayaan begitu ketahuan, dan tidak mengajari anak Anda apa yang harus dilakukan jika ada masalah.
s-caregivers-today-settings-q1-b = Siapkan kontrol bersama dan jelaskan alasannya
s-caregivers-today-settings-q1-b-why = Jika anak Anda tahu apa yang diatur dan alasannya, dia lebih mungkin mempertahankannya, dan datang kepada Anda jika ada masalah. Tinjau pengaturannya seiring dia tumbuh.
s-caregivers-today-settings-q1-c = Tanpa pengaturan: kepercayaan sudah cukup
s-caregivers-today-settings-q1-c-why = Kepercayaan adalah yang terpenting, dan pengaturan mendukungnya, bukan menggantikannya. Pengaturan privasi dan kontak mencegah banyak kontak yang tidak diinginkan sejak awal.
s-caregivers-today-settings-agreement =
    Kesepakatan keluarga membantu. Putuskan bersama:
    • aplikasi dan game mana yang boleh, dan siapa yang boleh menghubunginya
    • apa yang tetap dirahasiakan: alamat, sekolah, lokasi terkini
    • apa yang dilakukan jika ada yang terasa tidak beres: berhenti, screenshot, blokir, laporkan, cerita
    • janji Anda: bercerita kepada Anda tidak akan pernah berarti kehilangan HP

    Tuliskan, dan ubah seiring anak Anda tumbuh.
s-caregivers-today-settings-q2 = Anak Anda yang berumur 15 tahun meminta Anda mencabut salah satu kontrol. Apa yang Anda lakukan?
s-caregivers-today-settings-q2-a = Menolak: aturan tetap aturan
s-caregivers-today-settings-q2-a-why = Konsisten itu penting, tetapi menolak tanpa berbicara dapat mendorong remaja mencari cara mengakali aturan. Percakapan membuat Anda tetap terlibat.
s-caregivers-today-settings-q2-b = Membicarakannya dan menyepakati masa percobaan
s-caregivers-today-settings-q2-b-why = Remaja yang lebih besar membutuhkan kemandirian yang terus bertambah. Menyepakati apa yang berubah, apa yang tetap, dan bagaimana Anda akan menanyakan kabarnya menghargai dia dan tetap menjaga keamanan dalam rencana.
s-caregivers-today-settings-q2-c = Diam-diam memasang kontrol rahasia saja
s-caregivers-today-settings-q2-c-why = Mungkin terasa seperti jalan tengah yang aman, tetapi jika anak remaja Anda menemukannya, kepercayaan dapat rusak dan dia mungkin pindah ke aplikasi yang tidak dapat Anda lihat.
s-caregivers-today-settings-what-to-do =
    <b>Yang dapat Anda lakukan</b>
    • Duduklah bersama anak Anda minggu ini dan periksa pengaturan satu aplikasi bersama-sama.
    • Buat kesepakatan keluarga yang singkat, termasuk janji Anda soal HP.
    • Rencanakan kapan Anda akan meninjaunya kembali.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negara Anda.

## Lesson 5: After your child tells you

s-caregivers-today-after-telling-title = Setelah anak Anda bercerita
s-caregivers-today-after-telling-stay-calm =
    Jika anak Anda bercerita bahwa sesuatu terjadi di internet, menit-menit pertama adalah yang paling penting. Tarik napas dan tetap tenang, walaupun dalam hati Anda kaget atau marah.

    Katakan: “Terima kasih sudah cerita. Kamu tidak dimarahi. Ini bukan salahmu.” Percayai dia. Lebih banyak mendengarkan daripada bertanya, dan jangan memaksa untuk mendapatkan setiap detail. Bercerita kepada Anda membutuhkan keberanian.
s-caregivers-today-after-telling-stay-calm-alt = Orang tua di sofa merangkul anak yang cemas dan mendengarkannya, dengan gelembung percakapan dan hati di dekatnya.
s-caregivers-today-after-telling-phone =
    <b>Jangan sita HP-nya sebagai hukuman.</b> Takut kehilangan HP adalah salah satu alasan utama anak memilih diam. Menyitanya bisa terasa seperti hukuman karena sudah bercerita, dan memutusnya dari teman dan dukungan.

    Jika HP dibutuhkan sebagai bukti, jelaskan bahwa ini untuk melindunginya, bukan hukuman, dan putuskan bersama apa yang terjadi selanjutnya.
s-caregivers-today-after-telling-q1 = Anak Anda bercerita bahwa seseorang terus mendesaknya mengirim gambar. Apa yang Anda katakan pertama kali?
s-caregivers-today-after-telling-q1-a = “Sini HP-mu, sekarang juga.”
s-caregivers-today-after-telling-q1-a-why = Ingin melindunginya itu wajar. Tetapi merebut HP dapat terasa seperti hukuman dan bisa membuatnya berhenti bercerita. Ucapkan terima kasih dulu, lalu putuskan langkah berikutnya bersama.
s-caregivers-today-after-telling-q1-b = “Terima kasih sudah cerita. Kamu tidak dimarahi.”
s-caregivers-today-after-telling-q1-b-why = Kalimat ini memberi tahu anak Anda bahwa dia melakukan hal yang benar dan aman bersama Anda. Itu membuatnya tetap bercerita, dan langkah-langkah berikutnya bergantung pada hal itu.
s-caregivers-today-after-telling-q1-c = “Kenapa kamu malah membalas dia?”
s-caregivers-today-after-telling-q1-c-why = Ingin memahami itu wajar, tetapi pertanyaan “kenapa” saat ini terdengar seperti menyalahkan. Utamakan keselamatan dulu; ceritanya bisa menyusul, sesuai kesiapannya.
s-caregivers-today-after-telling-evidence =
    <b>Simpan bukti dan laporkan</b>
    • Screenshot pesan, nama pengguna, tautan profil, dan tanggalnya. Jangan hapus dulu chat atau akunnya.
    • Jangan pernah menyalin, menyimpan, atau meneruskan gambar seksual anak, bahkan untuk melaporkannya. Catat saja lokasinya.
    • Laporkan akunnya di aplikasi, dan ke layanan pelaporan atau polisi.
    • Take It Down dapat membantu menghapus gambar telanjang anak di bawah 18 tahun dari aplikasi yang ikut serta.
    • Jangan hubungi atau labrak pelakunya sendiri.
s-caregivers-today-after-telling-support =
    <b>Cari dukungan, untuk dia dan untuk Anda</b>
    Layanan bantuan anak dapat berbicara dengan anak Anda, dan sering kali dengan Anda; banyak negara memakai nomor 116 111. Guru BK atau dokter juga dapat membantu.

    Di hari-hari sesudahnya, jalani rutinitas seperti biasa, tanyakan kabarnya dengan lembut, dan perhatikan perubahan suasana hati atau tidurnya. Jaga diri Anda juga: bicaralah dengan orang yang Anda percaya atau layanan bantuan untuk orang tua. Anda tidak harus menanggungnya sendirian.
s-caregivers-today-after-telling-q2 = Seminggu kemudian, anak Anda tampak baik-baik saja. Lalu apa?
s-caregivers-today-after-telling-q2-a = Jangan pernah membahasnya lagi
s-caregivers-today-after-telling-q2-a-why = Memberinya ruang itu baik. Tetapi diam dapat membuat topik itu terasa sudah ditutup. Sesekali menanyakan kabarnya dengan ringan menunjukkan bahwa pintu masih terbuka.
s-caregivers-today-after-telling-q2-b = Sesekali tanyakan kabarnya dengan lembut
s-caregivers-today-after-telling-q2-b-why = Perasaan bisa muncul lagi belakangan. Menanyakan kabar secara singkat dan tenang menunjukkan bahwa Anda masih ada, dan membantu Anda melihat jika dia butuh dukungan lebih.
s-caregivers-today-after-telling-q2-c = Minta dia menceritakan semuanya lagi
s-caregivers-today-after-telling-q2-c-why = Ingin tahu setiap detail itu wajar, tetapi menceritakannya lagi bisa menyakitkan, dan polisi atau tenaga profesional mungkin perlu mendengarnya langsung dari dia. Biarkan anak Anda yang memimpin.
s-caregivers-today-after-telling-what-to-do =
    <b>Yang dapat Anda lakukan</b>
    Ingat kalimatnya: “Terima kasih sudah cerita. Kamu tidak dimarahi. Ini bukan salahmu.” Lalu: tanpa hukuman, simpan bukti, laporkan, dan cari dukungan.

    Jika anak Anda dalam bahaya langsung atau mungkin menyakiti dirinya sendiri, segera telepon nomor darurat setempat.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negara Anda.

## Voice question: asked once after the series (content/series/caregivers-today.yaml voice_question)

s-caregivers-today-voice-first-step = Mana yang akan Anda lakukan lebih dulu?
s-caregivers-today-voice-first-step-ai-talk = Bicara dengan anak saya soal gambar palsu buatan AI
s-caregivers-today-voice-first-step-photo-talk = Bilang dia boleh datang ke saya, bahkan soal foto
s-caregivers-today-voice-first-step-play = Minta ditunjukkan game favoritnya
s-caregivers-today-voice-first-step-settings = Memeriksa pengaturan bersama-sama
s-caregivers-today-voice-first-step-promise = Berjanji bercerita tidak berarti kehilangan HP
