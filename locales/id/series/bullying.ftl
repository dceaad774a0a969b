## Series: Bullying online (bullying), for teens 13-17.
## Grounded in UNICEF (cyberbullying Q&A, U-Report poll), eSafety and ThinkUKnow Australia guidance, paraphrased.
## Indonesian: "kamu" register; "perundungan" (KBBI) with "bullying" in brackets once, since teens say both;
## "upstander" has no Indonesian word, so it is kept and explained.

s-bullying-title = Perundungan online
s-bullying-about = Apa yang bisa dilakukan kalau kamu dirundung, cara membela saat itu terjadi pada orang lain, cara menghapus unggahan yang menyakitkan, dan cara menjaga dirimu sendiri.

## Lesson 1: If you're being bullied

s-bullying-target-title = Kalau kamu dirundung
s-bullying-target-intro =
    Perundungan (bullying) online terjadi saat seseorang terus memakai pesan, unggahan, grup chat, atau game untuk menyakiti, menakut-nakuti, atau mempermalukanmu: komentar jahat, kebohongan, akun palsu, sengaja mengucilkanmu, menyebarkan foto yang memalukan.

    Kalau ini terjadi padamu, kamu tidak sendirian. Dalam polling UNICEF terhadap anak muda di 30 negara, 1 dari 3 bilang pernah dirundung secara online (UNICEF, 2019). Itu bukan salahmu, dan itu bisa dihentikan.
s-bullying-target-intro-alt = Seorang remaja memegang HP, dengan dua teman yang tersenyum di kiri dan kanannya dan hati yang melayang di sekitar mereka.
s-bullying-target-dont-hit-back =
    Wajar kalau kamu ingin membalas. Tetapi membalas dengan marah bisa membuatnya berlangsung lebih lama, dan memberi mereka sesuatu untuk dipakai melawanmu.

    Lebih baik: jangan membalas, tarik napas, dan jauhi layar sebentar. Kamu bisa memutuskan harus apa setelah lebih tenang. Tidak membalas bukan berarti lemah. Itu mengambil apa yang mereka inginkan.
s-bullying-target-evidence-block =
    <b>Simpan bukti</b>: screenshot pesan, komentar, atau unggahannya, beserta nama pengguna dan tanggalnya. Salin tautannya kalau bisa.

    Lalu <b>blokir</b> orang-orang yang melakukannya dan <b>laporkan</b> unggahan dan akunnya di aplikasi. Kamu juga bisa membatasi siapa yang boleh mengomentari unggahanmu atau mengirimimu pesan.
s-bullying-target-q1 = Seseorang terus menulis komentar jahat tentangmu. Apa langkah pertama yang terbaik?
s-bullying-target-q1-a = Balas dengan unggahan yang jahat juga
s-bullying-target-q1-a-why = Ingin membela diri itu wajar. Tetapi membalas sering membuatnya terus berlanjut, dan bisa membuatmu ikut kena masalah.
s-bullying-target-q1-b = Screenshot, blokir, dan laporkan
s-bullying-target-q1-b-why = Bukti membuat laporan lebih berhasil, blokir membuat mereka tidak bisa menghubungimu, dan laporan meminta aplikasi menurunkan komentar itu.
s-bullying-target-q1-c = Hapus akunku
s-bullying-target-q1-c-why = Istirahat sebentar tidak apa-apa. Tetapi menghapus akun menghilangkan bukti dan membiarkan mereka mengusirmu. Blokir dan laporkan dulu.
s-bullying-target-tell =
    <b>Cerita ke seseorang</b> yang kamu percaya: orang tua atau pengasuh, guru, atau guru BK. Kalau pelakunya dari sekolahmu, sekolah juga bisa membantu.

    Kalau kamu belum siap bicara dengan orang yang kamu kenal, layanan bantuan anak gratis dan rahasia (116 111 di banyak negara). Kalau ada yang mengancam akan menyakitimu, langsung cerita ke orang dewasa.
s-bullying-target-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Jangan membalas. Screenshot buktinya. Blokir dan laporkan. Cerita ke orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara). Itu bukan salahmu, dan kamu tidak harus menghadapinya sendirian.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 2: Be an upstander

s-bullying-upstander-title = Jangan cuma jadi penonton
s-bullying-upstander-intro =
    Kebanyakan perundungan online terjadi di depan orang lain: di grup chat, di bawah unggahan, di dalam game. Apa yang dilakukan orang-orang yang melihatnya sangat berpengaruh.

    <b>Upstander</b> adalah orang yang tidak cuma scroll lewat begitu saja. Kamu tidak harus lantang atau berani di depan umum. Langkah kecil yang diam-diam pun berarti.
s-bullying-upstander-intro-alt = HP dengan gelembung chat jahat yang dicoret dan gelembung chat baik bergambar hati, di antara dua remaja yang tersenyum.
s-bullying-upstander-dont-spread =
    <b>Jangan ikut menambah</b>: jangan like, bagikan, kasih reaksi ketawa, atau teruskan unggahan, meme, atau screenshot yang menyakitkan. Setiap like atau share memberi tahu perundung bahwa ada yang menonton, dan membuatnya makin tersebar.

    Kalau kamu sudah telanjur, tidak apa-apa: batalkan like-mu, hapus yang kamu bagikan, dan lakukan sesuatu yang membantu sekarang.
s-bullying-upstander-support =
    <b>Dukung orang itu</b>. Pesan pribadi bisa sangat berarti: “Hai, aku lihat kejadiannya. Itu nggak oke. Kamu nggak apa-apa?” Temani dia, ajak dia ikut, ingatkan bahwa itu bukan salahnya.

    Kalau kamu merasa aman, kamu bisa menegurnya: “Nggak keren.” Tetapi kamu tidak harus memulai pertengkaran. eSafety mengingatkan bahwa pesan sederhana pun bisa membuat teman merasa didukung.
s-bullying-upstander-q1 = Meme yang mengejek teman sekelas beredar di grup chat kalian. Apa yang paling membantu?
s-bullying-upstander-q1-a = Kasih reaksi ketawa supaya aku tidak beda sendiri
s-bullying-upstander-q1-a-why = Ingin diterima itu penting, dan tampil beda bisa terasa berisiko. Tetapi setiap reaksi menambah luka. Tidak ikut-ikutan sudah awal yang baik; membantu lebih baik lagi.
s-bullying-upstander-q1-b = Jangan sebar, laporkan, kirim dia pesan baik
s-bullying-upstander-q1-b-why = Tidak menyebarkan, melaporkan, dan menanyakan kabar teman sekelasmu adalah langkah kecil yang benar-benar membantu.
s-bullying-upstander-q1-c = Abaikan, itu bukan urusanku
s-bullying-upstander-q1-c-why = Tidak ikut campur bisa terasa lebih gampang. Tetapi bagi dia, diam bisa terasa seperti semua orang setuju. Satu pesan baik atau satu laporan bisa mengubah rasanya.
s-bullying-upstander-report =
    <b>Laporkan</b>: laporkan unggahan atau akunnya di aplikasi. Di kebanyakan aplikasi, orang itu tidak diberi tahu siapa yang melaporkannya. Kamu juga bisa menyimpan screenshot, kalau-kalau temanmu ingin melapor nanti.

    <b>Libatkan orang dewasa</b> kalau masalahnya serius: ancaman, foto seksual, alamat seseorang disebarkan, atau teman yang kelihatan sangat terpuruk. Itu bukan mengadu. Itu menghentikan bahaya.
s-bullying-upstander-q2 = Temanmu sedang dirundung tetapi bilang: “Jangan berbuat apa-apa, nanti malah makin parah.” Apa yang bisa kamu lakukan?
s-bullying-upstander-q2-a = Tidak ada, dia memintaku diam
s-bullying-upstander-q2-a-why = Menghormati keinginan temanmu itu penting. Tetapi kamu tetap bisa mendukungnya, dan kalau masalahnya serius, orang dewasa perlu tahu.
s-bullying-upstander-q2-b = Dukung dia, dan bantu dia cerita ke orang dewasa
s-bullying-upstander-q2-b-why = Kamu bisa menemaninya, membantu menyimpan bukti, dan menawarkan diri untuk ikut ke orang dewasa yang dia percaya. Kalau dia dalam bahaya, ceritakan sendiri ke orang dewasa.
s-bullying-upstander-q2-c = Labrak perundungnya di depan umum
s-bullying-upstander-q2-c-why = Kamu ingin melindungi temanmu, dan itu baik. Tetapi pertengkaran di depan umum bisa memperburuk keadaannya. Langkah yang lebih tenang biasanya lebih membantu.
s-bullying-upstander-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Jangan like atau bagikan. Laporkan unggahannya. Kirim pesan baik ke orang itu. Cerita ke orang dewasa yang kamu percaya kalau masalahnya serius. Khawatir soal teman? Layanan bantuan anak bisa membantumu memikirkan apa yang harus dilakukan (116 111 di banyak negara).

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 3: Getting hurtful posts removed

s-bullying-removal-title = Menghapus unggahan yang menyakitkan
s-bullying-removal-intro =
    Unggahan yang menyakitkan, akun palsu yang berpura-pura jadi kamu, foto yang memalukan: kamu bisa meminta semua itu diturunkan.

    Tidak selalu berhasil pada percobaan pertama, tetapi sering berhasil, dan ada bantuan lain kalau tidak.
s-bullying-removal-intro-alt = Unggahan menyakitkan yang dilaporkan dengan bendera dan dipindahkan ke tempat sampah, dengan tanda centang hijau.
s-bullying-removal-report-app =
    <b>Pertama, laporkan ke aplikasi atau situsnya.</b> Pakai pilihan Laporkan di unggahan, komentar, foto, atau akunnya, lalu pilih alasan yang paling cocok: perundungan atau pelecehan, berpura-pura jadi kamu, ketelanjangan, atau ancaman.

    Simpan screenshot apa yang kamu laporkan, dan kapan. Kalau tidak ada tindakan, laporkan lagi, dan minta bantuan orang dewasa yang kamu percaya.
s-bullying-removal-more-help =
    <b>Kalau aplikasi tidak bertindak</b>, masih ada bantuan:
    • Ada negara yang punya lembaga keamanan online. Di Australia, eSafety bisa ikut menghapus perundungan serius terhadap anak di bawah 18 tahun bila platform diam.
    • Layanan bantuan anak bisa membantu menimbang pilihan (116 111 di banyak negara).
    • Foto telanjang atau seksual anak di bawah 18 tahun, asli atau palsu: laporkan ke layanan pelaporan, juga takeitdown.ncmec.org.
    • Ancaman akan menyakitimu: cerita ke orang dewasa dan lapor polisi.
s-bullying-removal-q1 = Kamu sudah melaporkan akun palsu yang berpura-pura jadi kamu, tetapi berhari-hari kemudian akun itu masih ada. Lalu apa?
s-bullying-removal-q1-a = Menyerah, tidak ada yang berhasil
s-bullying-removal-q1-a-why = Memang menjengkelkan kalau laporan seperti diabaikan. Tetapi masih ada langkah lain: laporkan lagi, dan minta orang dewasa atau layanan bantuan membantumu membawanya lebih jauh.
s-bullying-removal-q1-b = Buat akun palsu dia juga
s-bullying-removal-q1-b-why = Ingin membalas itu bisa dimengerti. Tetapi itu menyakiti orang, dan bisa membuatmu kena masalah. Jaga dirimu tetap bersih.
s-bullying-removal-q1-c = Lapor lagi, minta bantuan orang dewasa atau layanan bantuan
s-bullying-removal-q1-c-why = Melapor lagi dengan screenshot, dan melibatkan orang dewasa yang kamu percaya, sekolahmu, atau layanan bantuan, sering membuahkan hasil. Beberapa negara juga punya lembaga yang bisa turun tangan.
s-bullying-removal-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Laporkan di aplikasi dan simpan screenshot. Kalau masih belum diturunkan, laporkan lagi dan minta bantuan orang dewasa yang kamu percaya atau layanan bantuan anak (116 111 di banyak negara). Untuk foto seksual anak di bawah 18 tahun, pakai layanan pelaporan dan takeitdown.ncmec.org.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.

## Lesson 4: Looking after yourself

s-bullying-self-care-title = Menjaga dirimu sendiri
s-bullying-self-care-intro =
    Perundungan bisa ikut pulang lewat HP-mu, jadi rasanya seperti tidak pernah ada jeda. Kamu mungkin merasa sedih, marah, atau capek, atau tidak mau pergi ke sekolah.

    UNICEF menyebut dampak ini nyata, dan bahwa orang bisa melewatinya dan kembali merasa seperti dirinya sendiri.
s-bullying-self-care-intro-alt = Seorang remaja bersantai di sofa memakai headphone, HP disimpan, dengan tanaman dan bulan di langit malam.
s-bullying-self-care-breaks =
    Cara untuk mengambil jarak:
    • Bisukan notifikasi, atau taruh HP di ruangan lain sebentar.
    • Jangan terus membaca ulang pesan yang menyakitkan. Simpan sekali sebagai bukti, lalu berhenti melihatnya.
    • Lakukan hal yang membuatmu merasa jadi dirimu: olahraga, musik, menggambar, main game dengan teman yang kamu percaya.
    • Tidur membantu segalanya: usahakan HP tidak dibawa ke tempat tidur.
s-bullying-self-care-your-people =
    Ingat orang-orangmu: teman yang membuatmu tertawa, seseorang di keluargamu, guru, pelatih. Habiskan waktu bersama mereka di dunia nyata juga.

    Apa yang dikatakan perundung tentangmu bukanlah kebenaran tentang dirimu. Kalau kamu terus merasa sedih, tidak bisa tidur, atau tidak lagi menikmati hal-hal yang dulu kamu suka, bicaralah dengan seseorang: orang dewasa yang kamu percaya, guru BK, atau layanan bantuan.
s-bullying-self-care-q1 = Sudah tengah malam dan kamu terus membaca ulang komentar-komentar jahat itu. Apa yang paling membantu?
s-bullying-self-care-q1-a = Terus baca supaya aku tahu semuanya
s-bullying-self-care-q1-a-why = Ingin tahu apa yang dikatakan orang itu wajar. Tetapi membaca ulang membuat lukanya terasa baru lagi. Setelah buktinya disimpan, kamu bisa berhenti melihatnya.
s-bullying-self-care-q1-b = Balas satu per satu untuk meluruskan
s-bullying-self-care-q1-b-why = Ingin membela diri itu masuk akal. Tetapi balasan tengah malam bisa membuatnya makin besar. Itu bisa menunggu sampai kamu sudah tidur dan bicara dengan seseorang.
s-bullying-self-care-q1-c = Simpan HP, cerita ke seseorang besok
s-bullying-self-care-q1-c-why = Istirahat dan tidur membantumu berpikir jernih. Setelah itu, orang dewasa yang kamu percaya atau layanan bantuan bisa membantumu merencanakan langkah selanjutnya.
s-bullying-self-care-what-to-do =
    <b>Yang bisa kamu lakukan</b>
    Ambil jeda, dekatkan dirimu dengan orang-orangmu, dan bicaralah dengan seseorang kalau kamu merasa sedih. Kalau kamu pernah punya pikiran untuk menyakiti dirimu sendiri, telepon layanan bantuan anak (116 111 di banyak negara) atau nomor darurat setempat sekarang.

    Ketuk <b>Minta bantuan</b> kapan saja untuk melihat layanan bantuan dan situs pelaporan di negaramu.
