## Series: AI fakes and nudify apps (ai-images), for teens 13-17.
## Grounded in NCMEC (generative AI, Take It Down), Thorn, IWF/Childline and eSafety guidance, paraphrased.
## Indonesian: "kamu" register; "deepfake (gambar atau video palsu buatan AI)" and "foto telanjang" as in STYLE.md.
## "abuse" = "kekerasan seksual" (UU TPKS names electronic sexual violence, kekerasan seksual berbasis elektronik).

s-ai-images-title = Foto palsu AI dan aplikasi nudify
s-ai-images-about = Bagaimana AI bisa mengubah foto biasa menjadi foto telanjang palsu, kenapa membuat atau menyebarkannya adalah kekerasan, dan apa yang bisa dilakukan kalau itu terjadi padamu atau temanmu. Itu tidak pernah salahmu.

## Lesson 1: What AI fakes are

s-ai-images-what-they-are-title = Apa itu foto palsu buatan AI
s-ai-images-what-they-are-intro =
    Banyak aplikasi memakai AI untuk mengubah foto. Kebanyakan untuk seru-seruan: filter, wajah lucu, latar baru.

    Tetapi ada aplikasi, sering disebut aplikasi <b>nudify</b> atau “undress”, yang mengambil foto biasa seseorang yang berpakaian lengkap, lalu membuat foto telanjang atau foto seksual palsu orang itu. Foto palsu seperti ini juga disebut <b>deepfake</b> (gambar atau video palsu buatan AI).

    Orang di foto itu tidak pernah setuju. Sering kali dia bahkan tidak tahu foto itu ada.
s-ai-images-what-they-are-intro-alt = Sebuah foto wajah biasa, panah dengan kilauan, dan foto kedua yang ditutupi tanda larangan merah.
s-ai-images-what-they-are-how-made =
    Yang dibutuhkan cuma foto biasa: selfie, foto tim, foto profil. Hasilnya bisa terlihat sangat nyata, padahal palsu.

    Jadi ini bisa terjadi pada siapa saja, termasuk orang yang tidak pernah mengirim foto telanjang. Kalau ini terjadi padamu, itu bukan karena sesuatu yang kamu lakukan atau unggah.
s-ai-images-what-they-are-how-common =
    Ini bukan hal langka, dan kamu bukan satu-satunya yang pernah melihatnya. Dalam survei terhadap anak muda berusia 13 sampai 20 tahun, <b>1 dari 17</b> remaja bilang ada orang yang pernah membuat deepfake telanjang dirinya, dan <b>84%</b> remaja bilang foto palsu seperti ini menyakiti (Thorn, 2025).

    Kebanyakan anak muda tahu ini salah. Itu penting: makin banyak orang yang menolak menyebarkan foto palsu, makin sedikit foto itu tersebar.
s-ai-images-what-they-are-q1 = Seseorang memakai aplikasi untuk membuat foto telanjang palsu teman sekelas. Mana yang benar?
s-ai-images-what-they-are-q1-a = Itu palsu, jadi tidak ada yang benar-benar terluka
s-ai-images-what-they-are-q1-a-why = Fotonya memang tidak nyata, bagian itu benar. Tetapi orang di foto itu merasakan malu, takut, dan gosipnya seolah-olah foto itu nyata. Karena itulah membuat atau menyebarkannya termasuk kekerasan.
s-ai-images-what-they-are-q1-b = Itu kekerasan, walaupun fotonya palsu
s-ai-images-what-they-are-q1-b-why = Lukanya nyata walaupun fotonya tidak: orang itu tidak pernah setuju, dan yang melihatnya bisa saja percaya. Membuat atau menyebarkan foto telanjang palsu seseorang adalah kekerasan, siapa pun orangnya.
s-ai-images-what-they-are-q1-c = Cuma masalah kalau kelihatan nyata
s-ai-images-what-they-are-q1-c-why = Seberapa nyata kelihatannya tidak banyak mengubah apa-apa. Foto yang jelas palsu pun bisa mempermalukan seseorang dan dipakai untuk merundungnya, dan orang itu tetap tidak pernah setuju.
s-ai-images-what-they-are-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Kalau kamu melihat foto telanjang palsu siapa pun: jangan sebarkan, jangan dikomentari, dan laporkan di aplikasinya. Kalau itu foto dirimu atau temanmu, cerita ke orang dewasa yang kamu percaya atau telepon layanan bantuan anak (116 111 di banyak negara). Pelajaran berikutnya menunjukkan langkah-langkahnya.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 2: Fake picture, real harm

s-ai-images-still-abuse-title = Fotonya palsu, lukanya nyata
s-ai-images-still-abuse-intro =
    Kadang orang membuat foto palsu “cuma bercanda”, untuk membalas dendam, atau karena ditantang di grup chat. Bagi mereka, mungkin itu kelihatan seru saja.

    Bagi orang di foto itu, rasanya bisa seperti tubuh dan privasinya dirampas. Dia bisa merasa malu, takut pergi ke sekolah, atau sangat sendirian. Dan begitu foto palsu tersebar, foto itu bisa menyebar jauh dan cepat.
s-ai-images-still-abuse-intro-alt = Seorang remaja yang cemas di tengah, dengan foto yang sama muncul di beberapa HP di sekelilingnya.
s-ai-images-still-abuse-not-a-joke =
    Membuat, meminta, atau menyebarkan foto telanjang palsu orang sungguhan adalah <b>kekerasan seksual berbasis gambar</b>. Tidak penting bahwa fotonya palsu.

    Kalau orang itu berusia di bawah 18 tahun, NCMEC, sebuah lembaga perlindungan anak, mengingatkan bahwa membuat atau menyebarkan foto palsu seperti ini bukan cuma sangat menyakitkan: akibat hukumnya juga bisa serius, bahkan kalau pelakunya sesama remaja.
s-ai-images-still-abuse-q1 = Temanmu bilang: “Kirim fotonya ke aku, nanti aku masukkan ke aplikasi nudify. Buat lucu-lucuan aja.” Apa yang kamu lakukan?
s-ai-images-still-abuse-q1-a = Kirim saja, cuma bercanda
s-ai-images-still-abuse-q1-a-why = Ikut-ikutan teman bisa terasa lebih gampang daripada menolak. Tetapi “bercanda” seperti ini bisa sangat menyakiti dia, dan kalau kamu mengirim fotonya, kamu ikut terlibat.
s-ai-images-still-abuse-q1-b = Tolak, dan bilang itu tidak oke
s-ai-images-still-abuse-q1-b-why = Menolak menghentikannya sebelum dimulai, dan kamu tidak perlu alasan panjang: “Nggak. Itu nggak lucu, itu kekerasan.” Kalau dia tetap melakukannya, laporkan dan cerita ke orang dewasa yang kamu percaya.
s-ai-images-still-abuse-q1-c = Diam saja dan biarkan dia memutuskan
s-ai-images-still-abuse-q1-c-why = Tidak ikut campur bisa terasa lebih aman. Tetapi diam bisa terlihat seperti setuju. Penolakan singkat, atau cerita ke orang dewasa, bisa melindungi dia.
s-ai-images-still-abuse-in-a-chat =
    Kalau foto palsu muncul di chat tempat kamu berada, kamu tetap punya pilihan:
    • Jangan simpan atau teruskan.
    • Bilang itu tidak oke, kalau kamu merasa aman untuk bilang.
    • Laporkan unggahan dan akunnya di aplikasi.
    • Cerita ke orang dewasa yang kamu percaya, dan tanyakan kabar orang di foto itu.

    Kalau dulu kamu pernah menyebarkannya dan menyesal, belum terlambat: hapus, berhenti menyebarkan, dan bicara dengan orang dewasa yang kamu percaya.
s-ai-images-still-abuse-q2 = Mana yang paling membantu orang di foto palsu?
s-ai-images-still-abuse-q2-a = Teruskan fotonya supaya dia tahu foto itu tersebar
s-ai-images-still-abuse-q2-a-why = Ingin dia tahu itu datang dari rasa peduli. Tetapi meneruskannya justru membuat foto itu makin tersebar. Kamu bisa memberi tahu dia, atau orang dewasa, tanpa mengirim fotonya.
s-ai-images-still-abuse-q2-b = Laporkan, dan jangan diteruskan
s-ai-images-still-abuse-q2-b-why = Setiap kali dibagikan, foto makin sulit dihapus. Melaporkannya membantu supaya foto itu diturunkan, dan tidak meneruskannya berarti penyebarannya berhenti di kamu.
s-ai-images-still-abuse-q2-c = Unggah pengumuman bahwa foto itu palsu
s-ai-images-still-abuse-q2-c-why = Membela dia itu baik. Tetapi unggahan publik bisa membuat makin banyak orang mencari fotonya. Laporkan, dan dukung dia secara pribadi.
s-ai-images-still-abuse-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Jangan pernah membuat, meminta, atau menyebarkan foto telanjang palsu siapa pun. Kalau kamu melihatnya: jangan diteruskan, laporkan di aplikasi, dan cerita ke orang dewasa yang kamu percaya. Bingung harus apa? Layanan bantuan anak bisa membicarakannya denganmu (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 3: If it happens to you

s-ai-images-if-it-happens-title = Kalau itu terjadi padamu
s-ai-images-if-it-happens-intro =
    Menemukan foto telanjang palsu dirimu bisa memunculkan banyak perasaan sekaligus: kaget, marah, malu, panik. Semuanya wajar.

    Ingat ini: <b>itu bukan salahmu</b>. Kamu tidak membuatnya dan kamu tidak menyetujuinya. Yang bertanggung jawab adalah orang yang membuat atau menyebarkannya. Kamu tidak akan kena masalah, dan kamu bisa mendapat bantuan untuk menghadapinya.
s-ai-images-if-it-happens-intro-alt = Seorang dewasa yang peduli merangkul seorang remaja, di samping perisai hijau besar bergambar hati.
s-ai-images-if-it-happens-first-steps =
    Langkah pertama:
    • <b>Jangan sebarkan</b> ke siapa pun, bahkan untuk menunjukkan betapa parahnya.
    • <b>Simpan bukti</b>: screenshot pesan, nama pengguna, dan tautan yang menunjukkan di mana foto itu diunggah. Kamu tidak perlu menyimpan salinan fotonya.
    • <b>Jangan membalas</b> orang yang membuatnya, dan jangan pernah membayar siapa pun yang mengancammu dengan foto itu.
    • <b>Cerita ke seseorang</b> yang kamu percaya, hari ini.
s-ai-images-if-it-happens-report =
    Lalu <b>laporkan</b>:
    • Di aplikasinya: laporkan unggahan dan akunnya.
    • Ke <b>layanan pelaporan</b> (hotline) gambar seksual anak di bawah 18 tahun. Foto palsu juga ditangani: 19% laporan terkonfirmasi ke layanan Report Remove di Inggris melibatkan foto yang diubah secara digital, termasuk dengan AI (IWF, 2025).
    • <b>Take It Down</b> (takeitdown.ncmec.org) membantu menghapus foto telanjang atau seksualmu saat di bawah 18 tahun dari aplikasi yang ikut serta. Cek apakah cocok untuk kasusmu.
s-ai-images-if-it-happens-q1 = Seseorang membuat foto telanjang palsu dirimu dan foto itu sedang beredar. Apa langkah pertama yang baik?
s-ai-images-if-it-happens-q1-a = Hapus semua akunku dan menghilang
s-ai-images-if-it-happens-q1-a-why = Ingin menghilang itu reaksi yang sangat wajar. Tetapi menghapus akun bisa menghilangkan bukti yang membantu supaya foto itu diturunkan. Simpan dulu akunmu, blokir, dan minta bantuan.
s-ai-images-if-it-happens-q1-b = Simpan bukti, laporkan, cerita ke seseorang
s-ai-images-if-it-happens-q1-b-why = Screenshot tempat foto itu diunggah dan siapa yang mengunggahnya, laporan di aplikasi dan ke layanan pelaporan, serta orang dewasa yang kamu percaya atau layanan bantuan di pihakmu: begitulah foto palsu bisa dihapus.
s-ai-images-if-it-happens-q1-c = Kirim pesan ke semua orang bahwa itu palsu
s-ai-images-if-it-happens-q1-c-why = Tentu kamu ingin orang tahu yang sebenarnya. Tetapi pesan massal bisa membuat makin banyak orang mencari foto itu. Biarkan laporan, dan orang-orang yang membantumu, yang bekerja.
s-ai-images-if-it-happens-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Itu bukan salahmu. Jangan sebarkan. Simpan bukti. Laporkan di aplikasi dan ke layanan pelaporan, dan cek takeitdown.ncmec.org. Cerita ke orang dewasa yang kamu percaya atau telepon layanan bantuan anak (116 111 di banyak negara). Kalau ada yang mengancammu, atau kamu merasa tidak aman, telepon nomor darurat setempat.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 4: If it happens to a friend

s-ai-images-friend-title = Kalau itu terjadi pada temanmu
s-ai-images-friend-intro =
    Kalau temanmu jadi sasaran, caramu bereaksi saja sudah bisa sangat membantu.

    Temanmu mungkin merasa malu, marah, atau takut semua orang sudah melihatnya. Mungkin awalnya dia tidak mau bicara, dan itu tidak apa-apa. Yang paling dia butuhkan adalah tahu bahwa kamu ada di pihaknya.
s-ai-images-friend-intro-alt = Dua teman berdiri berdekatan, yang satu menghibur yang lain, di samping HP yang menampilkan foto yang diblokir.
s-ai-images-friend-support =
    Yang membantu:
    • “Aku percaya kamu. Ini bukan salahmu.”
    • “Aku nggak ikut nyebar fotonya, dan nggak akan.”
    • “Mau aku bantu lapor, atau aku temani cerita ke orang dewasa?”

    Yang sebaiknya dihindari: minta melihat fotonya, menyalahkan dia karena mengunggah foto, atau menceritakan kisahnya ke orang lain.
s-ai-images-friend-q1 = Temanmu baru tahu ada foto telanjang palsu dirinya. Apa yang kamu katakan pertama kali?
s-ai-images-friend-q1-a = “Kenapa kamu unggah foto itu?”
s-ai-images-friend-q1-a-why = Mungkin kamu cuma ingin memahami apa yang terjadi. Tetapi itu terdengar menyalahkan, dan masalahnya bukan fotonya: masalahnya orang yang memalsukannya.
s-ai-images-friend-q1-b = “Jahat banget. Ini bukan salahmu. Aku di sini.”
s-ai-images-friend-q1-b-why = Mulai dengan percaya dan mendukung membuat temanmu merasa tidak terlalu sendirian. Setelah itu kamu bisa membantunya menyimpan bukti, melaporkan, dan cerita ke orang dewasa yang dia percaya.
s-ai-images-friend-q1-c = “Coba lihat, aku mau tahu separah apa.”
s-ai-images-friend-q1-c-why = Ingin memahami itu wajar. Tetapi melihatnya bisa menambah rasa malunya, dan kamu tidak perlu melihatnya untuk membantu.
s-ai-images-friend-next-steps =
    Bantu temanmu menjalani langkah-langkahnya: screenshot tempat foto itu diunggah, laporan di aplikasi dan ke layanan pelaporan, serta orang dewasa yang dia percaya atau layanan bantuan.

    Kalau temanmu kelihatan sangat terpuruk, sedang diancam, atau memintamu merahasiakan semuanya, tetap cerita ke orang dewasa yang kamu percaya. Itu bukan mengkhianatinya. Itu membantunya mendapat pertolongan yang dia butuhkan.
s-ai-images-friend-q2 = Temanmu memohon supaya kamu tidak cerita ke siapa pun, dan dia kelihatan sangat sedih. Apa yang kamu lakukan?
s-ai-images-friend-q2-a = Simpan rahasianya, sesuai permintaannya
s-ai-images-friend-q2-a-why = Kesetiaan itu penting. Tetapi ada hal yang terlalu berat untuk ditanggung dua orang teman saja, dan kalau teman sedang seterpuruk ini, orang dewasa perlu tahu.
s-ai-images-friend-q2-b = Cerita ke orang dewasa yang kupercaya dan kabari temanku
s-ai-images-friend-q2-b-why = Kamu bisa bilang: “Aku terlalu peduli sama kamu untuk menyimpan ini sendiri.” Orang dewasa yang kamu percaya atau layanan bantuan bisa mendukung kalian berdua.
s-ai-images-friend-q2-c = Unggah sesuatu supaya orang berhenti menyebarkan
s-ai-images-friend-q2-c-why = Ingin melindunginya itu baik. Tetapi unggahan bisa membuat makin banyak orang mencarinya. Melapor diam-diam dan melibatkan orang dewasa lebih berhasil.
s-ai-images-friend-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Percayai temanmu. Jangan sebarkan dan jangan minta melihatnya. Bantu dia menyimpan bukti, melaporkan, dan cerita ke orang dewasa yang dia percaya. Kalian juga bisa menghubungi layanan bantuan anak bersama-sama (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.
